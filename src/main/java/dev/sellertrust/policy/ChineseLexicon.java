package dev.sellertrust.policy;

import static dev.sellertrust.policy.Cue.*;

import java.util.EnumMap;
import java.util.Map;

/**
 * Chinese wording (simplified, with common traditional forms). Chinese has no spaces, so no {@code \b}; and
 * a window's anchor comes before the number ("自收到商品之日起30天内"), which {@link TimeLimits} handles.
 */
final class ChineseLexicon {
  private ChineseLexicon() {}

  private static final String DEFECTIVE = "(?:质量问题|瑕疵|损坏|破损|故障|缺陷|错发|发错|漏发|与描述不符|描述不符|货不对板|货不对版)";

  private static final String BUYERS = "(?:买家|买方|顾客|客户|客人|消费者|收货人|您|你|会员|用户|亲)";
  private static final String SELLERS = "(?:我们|本店|卖家|卖方|商家|店家|本公司|我司|我方|店铺|本网站|本商城)";
  private static final String FARE = "(?:运费|邮费|快递费|物流费|邮资|寄回费用|退回费用|退货费用|来回运费|往返运费|费用)";

  static Map<Cue, String> cues() {
    Map<Cue, String> m = new EnumMap<>(Cue.class);
    // The both-ways freight of a return (来回运费, 往返运费) names the return by itself.
    m.put(RETURN, "退货|退回|寄回|退换|退貨|无理由退|换货|调换|来回运费|往返运费");
    m.put(REFUND, "退款|退钱|退費");
    m.put(WINDOW_PREFIX, "(?:在|于|起|内|后|支持|享受|提供|享有|可在)");
    m.put(WINDOW_NOUN, "(?:无理由|退货|退换)");
    m.put(WINDOW_SUFFIX, "(?:之内|以内|内)|无理由|(?:内)?(?:可|可以)?(?:申请)?退|的退");
    m.put(ANCHOR_DELIVERY, "收到|签收|收货|到货|送达");
    m.put(ANCHOR_PURCHASE, "购买|下单|订单|付款|购物");
    m.put(ANCHOR_SHIPMENT, "发货|寄出|发出|出库");
    m.put(ANCHOR_AFTER_RETURN, "收到(?:退货|退回|您的退货|退回的)|我们收到|仓库收到");
    m.put(ANCHOR_REQUEST, "申请(?!退)|审核|批准|之前");
    m.put(TIMELINE, "退款[^。]{0,30}?(?:处理|到账|到达|退至|退到|完成|原路|退回|返还)|(?:处理|完成|安排)[^。]{0,20}?退款"
        // The buyer refunded: "您将在10个工作日内通过原付款方式获得退款".
        + "|(?:获得|收到|得到)退款|退款(?:将|会)(?:在|于)");
    m.put(WARRANTY, "保修|质保|保固");
    m.put(DEFECT, DEFECTIVE);
    // A defect said as a condition ("如有质量问题"), as a fact of the goods ("商品存在质量问题的") or before the return.
    m.put(CONDITIONAL_DEFECT, "(?:如|如果|若|因|凡|属于|存在|出现)[^。]{0,40}?" + DEFECTIVE + "|(?<!非|无)" + DEFECTIVE
        + "(?:的)?(?:退货|退换|换货)|(?:除|除了)" + DEFECTIVE + "(?:外|以外|之外)|" + DEFECTIVE + "(?:的情况|的商品)?除外");
    m.put(NOT_DEFECT, "非(?:商品)?质量问题|无质量问题|个人原因|否则|其他情况|无理由"
        + "|(?:买家|顾客|客户|消费者)(?:个人)?原因|不喜欢|不想要|拍错|尺码不合适");
    m.put(CASE_REFERENCE, "此时|(?:在)?(?:此种|这种|该|上述|以上|此)情况(?:下)?");
    // An exception, not the boilerplate "unless otherwise stated" that excepts nothing.
    m.put(EXCEPTION, "除非(?!另有|另行)"
        + "|(?<!另有规定的)(?<!另有约定的)(?<!另有规定)(?<!另有约定)除外"
        + "|除(?:了)?[^。，；]{1,20}(?:以外|之外)");
    m.put(CONDITION, "若|如果|假如|倘若|如若|如(?![下何需今同])");
    m.put(NEGATION, "不|未|非|没有");
    m.put(DEFECT_ONLY, "非质量问题(?:一律|概|均|都)?(?:不予|不支持|不接受|不)(?:办理)?(?:退换|退货|退款)"
        + "|(?:仅|只)(?:支持|接受|受理|提供)?(?:因)?质量问题(?:的)?(?:退换|退货)"
        + "|除质量问题(?:外|以外|之外)(?:一律|概|均)?不(?:予|支持|接受)?(?:退换|退货)");
    m.put(CATEGORY_SUFFIX, "(?!)");
    // Who pays, in two orders with any party: the cost first ("运费由买家承担", "邮费必须卖家承担", "运费由<店名>承担")
    // or the party first ("应由买家承担往返运费", "卖家承担运费"); free returns and shipping insurance for the seller.
    m.put(SELLER_PAYS_SHIPPING, "免费退货|退货免运费|包(?:退|来回|往返)运费|(?:退货|退换货|退换)包(?:运费|邮费)|运费险|免费上门取件"
        + "|(?:退货|退换货|退回|寄回)(?:的)?(?:运费|邮费)(?:全免|免费|包邮)|(?:包邮|免邮)退(?:货|换)|退(?:货|换)(?:货)?包邮"
        + "|" + FARE + "(?:[:：]\\s*)?(?:均|必须|应|将|则应|全部)?(?:由[“\"「『]?(?!" + BUYERS + "|哪|谁|何)\\p{IsHan}{1,8}?[”\"」』]?|" + SELLERS + ")(?:承担|负担|负责|支付|报销|补贴|出(?![具现示售货]))"
        + "|" + SELLERS + "(?:将|会|可|全额|负责)?(?:承担|负担|负责|支付|报销|补贴)[^。]{0,10}?" + FARE
        + "|" + BUYERS + "(?:无需|不需|不需要|不用|不必|无须)(?:承担|支付|负担|付)[^。]{0,10}?" + FARE
        + "|免费退换"
        // "退货无需支付运费": the return itself said to cost the buyer no freight.
        + "|(?:退货|退换货|退换|退回)(?:时)?(?:无需|不需|不需要|不用|无须)(?:承担|支付|负担|付)[^。]{0,6}?(?:运费|邮费)");
    m.put(BUYER_PAYS_SHIPPING, FARE + "(?:[:：]\\s*)?(?:均|需要|需|须|将|应|则|则应|一律|全部|请)?(?:由)?" + BUYERS + "(?:自行|自己)?(?:承担|负责|负担|支付|自理|自付|付"
        + "|出(?![具现示售货]))"
        + "|" + BUYERS + "(?:需要|需|须|应|要)?(?:自行|自己)?(?:承担|支付|负担)[^。]{0,10}?" + FARE
        + "|(?:运费|邮费|快递费)(?:需|须|请)?(?:自理|自付)|(?:请|需|须|需要)(?:自行|自己)(?:承担|支付|负担)[^。]{0,10}?" + FARE + "|" + BUYERS + "(?:需要|需|须)?自付[^。]{0,6}?" + FARE + "|" + BUYERS + "?自费(?:寄回|退回|退货|发回|寄还)"
        + "|(?:不接受|拒收|不收)(?:任何)?(?:到付|邮费到付|运费到付)|到付(?:件)?(?:一律)?(?:拒收|不予签收|不接收)"
        + "|" + SELLERS + "(?:不|不予)(?:承担|负责|支付)[^。]{0,10}?(?:运费|邮费)"
        // "退货不包邮", "退换货不包运费".
        + "|(?:退货|退换货|退换|退回)(?:运费)?(?:不|不予)(?:包邮|包运费|免运费|免邮)");
    // The shop sending a courier to collect the return ("安排顺丰快递上门取件") pays for it, said less directly.
    m.put(PREPAID_LABEL, "预付(?:退货)?(?:运单|面单|标签)|(?:安排|提供|预约)[^。]{0,10}?上门取件|(?:收到|提供|发送|寄送|附上)[^。]{0,30}?退货(?:运输|快递)?(?:标签|面单|运单)");
    m.put(FEE_CHARGED, "手续费|折旧费|重新上架费|库存费|处理费");
    m.put(FEE_NONE, "(?:不|无需|免|不收取?)(?:收取)?(?:任何)?(?:手续费|折旧费|重新上架费|处理费)");
    m.put(REFUND_ORIGINAL, "原路(?:退回|返回|退款)|(?:退回|退至|退到|返还至?)(?:您的)?原(?:支付|付款)?(?:账户|帐户|银行卡|卡)|原(?:始)?(?:支付|付款)(?:方式|渠道)|下单时(?:的)?(?:支付|付款)方式"
        + "|哪来哪去");
    m.put(STORE_CREDIT_ONLY, "(?:仅|只)(?:以|能以|可)?(?:店铺)?(?:积分|优惠券|代金券|购物金|余额|礼品卡)");
    m.put(STORE_CREDIT_OPTION, "店铺积分|优惠券|代金券|购物金|礼品卡|账户余额");
    // 更换 also changes an address, a payment method or a password: not an exchange of goods.
    m.put(EXCHANGE_YES, "换货|退换|更换(?!(?:收货|送货|配送)?地址|支付|付款|密码|手机|邮箱|联系)|调换|换(?:尺码|码|颜色|大小|款式|号)");
    m.put(EXCHANGE_NO, "不(?:支持|提供|接受)换货|(?:概|恕|一律)不(?:退换|调换|更换|退不换)|(?:无法|不能|不可|暂不|暂时无法|暂无法)(?:提供|办理|支持|接受)?换货|不予换货|不换货|不退不换|不(?:支持|接受|提供|予)(?:调换|更换|退换)");
    m.put(REPAIR_REPLACE, DEFECTIVE + "[^。]{0,30}?(?:维修|更换|换新|补发|换货)|(?:维修|更换|换新)[^。]{0,20}?" + DEFECTIVE);
    m.put(CONDITIONS, "未使用|未拆封|吊牌|原包装|包装完好|不影响二次销售|完好无损|配件齐全");
    m.put(NON_RETURNABLE, "不支持(?:7天)?(?:无理由)?退货|不(?:予|接受)退(?:货|换)|不可退|定制(?:商品|产品)|不在退货范围");
    m.put(PROOF, "发票|购物凭证|收据|购买凭证");
    m.put(PROCEDURE, "联系(?:客服|我们)|申请退货|退货申请|提交[^。]{0,10}?申请|在线申请|退货流程|RMA");
    m.put(INTERNATIONAL, "国际|海外|关税|清关|海关|跨境|境外");
    m.put(DISCRETIONARY, "保留[^。]{0,10}?(?:拒绝|最终解释权)|有权拒绝|酌情|视情况而定|最终解释权");
    m.put(VAGUE, "尽快|及时|合理(?:的)?(?:时间|期限)|尽早|一段时间");
    return m;
  }
}
