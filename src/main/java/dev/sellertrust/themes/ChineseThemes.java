package dev.sellertrust.themes;

import static dev.sellertrust.themes.Theme.*;

/** Chinese, matched character by character; negation is the character before ("没收到", "不是", "未发货"). */
final class ChineseThemes {
  private ChineseThemes() {}

  /** A subject veto: "退款还没到账" is about the money, not the parcel. */
  private static final String ABOUT_MONEY = "款 ~3 << ";

  static ThemeLexicon build(Vocabulary v) {
    return new ThemeLexicon("zh", v)
        .negators("没 不 无 未 别 非")
        .contrast("但 却")
        .rule(LATE_DELIVERY,
            "!太慢", "!很慢", "!慢 ~2 死", "!发货 ~2 慢", "!物流 ~2 慢", "!快递 ~2 慢", "!延迟", "!延误", "!晚到", "!迟到", "!拖延",
            "!超时", "!超过 ~2 时间", "!等 ~2 了 ~2 天|周|个|月|星|半", "!等 ~2 好久", "!等 ~2 很久", "!久", "!一个 ~1 多 ~1 月|星",
            "!迟迟")
        .rule(NOT_RECEIVED,
            ABOUT_MONEY + "没 ~1 收到", ABOUT_MONEY + "没有 ~1 收到", ABOUT_MONEY + "未 ~1 收到", ABOUT_MONEY + "没 ~1 到", ABOUT_MONEY + "还没 ~2 到",
            ABOUT_MONEY + "一直 ~2 没", "未 ~1 发货", "没 ~1 发货", "丢 ~1 件|了",
            "!丢失", "显示 ~3 签收 ~3 但|却|可", "根本 ~2 没", "!包裹 ~2 不见")
        .rule(PARTIAL_DELIVERY,
            "!少 ~1 了|发|一|个|件", "!缺 ~1 了|少|件", "!漏 ~1 发", "只 ~2 收|到|发|来 ~1 了|一|个", "!不全", "!不齐", "另 ~1 一|外 ~3 没|还")
        .rule(NOT_AS_DESCRIBED,
            "不 ~1 符", "!与|和|跟 ~3 描|图|照|页|宣 ~3 不 ~1 符|一|同|对", "!发 ~1 错", "!错 ~1 了|误|的 ~1 货|尺|颜|款|商", "!货 ~1 不 ~1 对 ~1 板",
            "不是 ~3 我 ~2 买|订|要", "!假货", "!假 ~1 的", "!图片 ~3 不 ~1 一样", "!颜色 ~2 不 ~1 对", "!尺寸 ~2 不 ~1 对", "!不一样", "!虚假", "!色差")
        .rule(POOR_QUALITY_OR_DAMAGED,
            "!破损", "!破 ~1 了|的", "!坏 ~1 了|的", "!碎 ~1 了", "!裂", "!划痕", "!瑕疵", "!质量 ~2 差", "!质量 ~1 不 ~1 好|行", "!质量 ~2 一 ~1 般", "!质量 ~2 有 ~1 问",
            "!很差", "!太差", "不 ~1 能 ~1 用", "!用 ~2 不 ~1 了", "!次品", "!劣质", "!残次", "!烂", "!二手", "!脏", "!漏 ~1 水|液")
        .rule(RETURN_OR_REFUND_PROBLEM,
            "!退款", "!退货", "!退钱", "!退 ~1 回", "!换货", "!退换", "!退 ~1 了|不", "!钱 ~2 退", "!售后 ~3 差|不|没")
        .rule(SELLER_UNRESPONSIVE,
            "不 ~1 回|理|答", "没 ~1 人 ~2 回|理|管", "没有 ~1 回复", "没 ~1 回复", "!联系 ~2 不 ~1 上", "!客服 ~3 不|差|没", "!态度 ~2 差", "!态度 ~2 不 ~1 好",
            "!不 ~1 理 ~1 人", "!无人 ~1 回|理")
        .rule(ARRIVED_EARLY_OR_PRAISE,
            "!很快", "!快 ~1 速|捷", "!发货 ~2 快", "!物流 ~2 快", "!速度 ~2 快", "!送货 ~2 快", "!提前", "!好评", "!满意", "!不错", "!很好", "!推荐", "!喜欢", "!好 ~1 用|看|评", "!谢谢", "!完美", "!超 ~1 值", "!及时",
            "!准时", "!与 ~2 描述 ~2 一致", "!物美价廉", "!值得")
        .negative("!差评", "不 ~1 满意", "!失望", "!问题", "!垃圾", "!后悔", "不 ~1 推荐", "!差");
  }
}
