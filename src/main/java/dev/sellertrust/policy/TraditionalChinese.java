package dev.sellertrust.policy;

import java.util.HashMap;
import java.util.Map;

/**
 * Traditional Chinese characters folded to their simplified forms, so that the one Chinese lexicon reads Taiwan and
 * Hong Kong shops too ("退貨運費由買家負擔" as "退货运费由买家负担"). Only characters of the policy vocabulary, each one
 * character for one, so evidence offsets are unchanged; each has a single simplified form, so no simplified text is
 * altered.
 */
final class TraditionalChinese {
  private TraditionalChinese() {}

  private static final String TRADITIONAL =
      "貨運費買賣負擔換後內個將於單價錢訂購簽號碼顏歸還發質題壞損錯與為無須應請聯繫務處戶帳賬積餘額禮優說證據驗檢實際時間週從達辦網標籤預輸遞郵資來權規則條準確認調維補償貼銷減轉讓責險錶裝護齊絕這們鋪會員親顧選兩門開關產幣銀點種類頁舊專業約議計給讀錄線訊電話傳樣經過進倉庫審長問義並區國稅節飾衛圍範觀響殘變對憑續機寶動況廠邊參數當隨";
  private static final String SIMPLIFIED =
      "货运费买卖负担换后内个将于单价钱订购签号码颜归还发质题坏损错与为无须应请联系务处户帐账积余额礼优说证据验检实际时间周从达办网标签预输递邮资来权规则条准确认调维补偿贴销减转让责险表装护齐绝这们铺会员亲顾选两门开关产币银点种类页旧专业约议计给读录线讯电话传样经过进仓库审长问义并区国税节饰卫围范观响残变对凭续机宝动况厂边参数当随";

  private static final Map<Character, Character> TO_SIMPLIFIED = new HashMap<>();

  static {
    if (TRADITIONAL.length() != SIMPLIFIED.length()) {
      throw new IllegalStateException("traditional and simplified lists differ in length");
    }
    for (int i = 0; i < TRADITIONAL.length(); i++) {
      TO_SIMPLIFIED.put(TRADITIONAL.charAt(i), SIMPLIFIED.charAt(i));
    }
  }

  static char simplified(char c) {
    return c < '\u3400' ? c : TO_SIMPLIFIED.getOrDefault(c, c);
  }
}
