package dev.sellertrust.themes;

import static dev.sellertrust.themes.Theme.*;

/** English. Contractions arrive joined ("didnt", "wasnt") from the tokeniser. */
final class EnglishThemes {
  private EnglishThemes() {}

  private static final String ARRIVE = "arrive*|receiv*|deliver*|come|came|show*|turn*|got|get";
  /** What a buyer waits for besides the parcel: "the refund never came" is about the money. */
  private static final String MONEY = "refund*|reimburs*|money|credit";
  private static final String REPLY = "reply|replies|response*|respond*|answer*|contact*|word|update*|feedback";

  static ThemeLexicon build(Vocabulary v) {
    return new ThemeLexicon("en", v)
        .negators("not no never without didnt doesnt wasnt isnt werent arent dont nothing none hasnt havent nor wont")
        .contrast("but however although though yet except")
        .rule(LATE_DELIVERY,
            "!late|later|lately", "!delay*", "!took ~2 forever|ages|long|weeks|months", "!took ~1 over|more ~3 weeks|days|month|months",
            "!took ~2 weeks|months", "!slow ~2 delivery|shipping|shipment|dispatch|post", "!delivery|shipping ~2 slow|forever|ages",
            "after ~3 deadline|estimated|expected|promised|date", "!overdue", "past ~2 due|estimated|promised|expected",
            "!still ~2 waiting|wait", "weeks ~2 late|overdue", "!behind ~1 schedule", "!long ~1 wait|time",
            "not|didnt|never|wasnt ~3 arrive*|deliver*|come|came ~3 time|promised|expected|estimated|date")
        .rule(NOT_RECEIVED,
            MONEY + " ~2 << not|never|didnt|havent|hasnt|wasnt|nothing ~3 " + ARRIVE + " // ~3 time|promised|expected|estimated|date|reply|response|refund|money|answer|all|rest|other|second|remaining",
            MONEY + " ~2 << not ~1 yet ~1 " + ARRIVE, MONEY + " ~2 << never ~1 got|received|arrived|came|showed|delivered",
            "!lost ~2 in ~1 transit|post|mail", "!parcel|package|item|order ~2 lost", "!missing ~1 parcel|package|order",
            "marked|shows|showing|says|said ~3 delivered ~4 but|never|not", "still ~2 not ~1 here", "where ~2 is ~2 my ~1 order|parcel|package|item",
            "no ~1 sign ~1 of", "nothing ~1 arrived|came|received", "non ~1 delivery")
        .rule(PARTIAL_DELIVERY,
            "!missing ~3 item|items|piece|pieces|part|parts|one|two|accessor*|charger|cable|cover|lid|screws|half",
            "item|items|piece|pieces|part|parts|one ~2 missing|absent|was|were ~1 missing",
            "only ~3 " + ARRIVE + "|sent|shipped|included|contained|had",
            ARRIVE + "|sent|shipped ~2 only", "!half ~2 of ~2 order|items|set|package",
            "part ~1 of ~2 order|items|set|package|shipment", "!incomplete", "not|didnt|never ~3 receiv*|arriv*|get|got|came ~2 the ~1 other|second|rest|remaining",
            "other|second|rest|remaining ~3 never|not|didnt|still|missing", "one ~2 of ~1 the|my ~3 never|not|didnt|missing",
            "short ~2 item|items|one|pieces", "!wrong ~1 quantity", "only ~2 one|two|three|1|2|3 ~2 of|out ~3 1|2|3|4|5|6|two|three|four|five|six")
        .rule(NOT_AS_DESCRIBED,
            "!not ~2 as ~1 described|pictured|advertised|shown|listed|expected", "!different ~3 from|than|to ~3 picture*|photo*|description|listing|advert*|ordered|shown|website|image*",
            "!wrong ~1 item|size|color|colour|model|product|thing|one|version|style|part", "!sent|shipped|received|got|sent ~2 wrong",
            "!not ~1 what ~1 i ~1 ordered|bought|expected|paid", "!doesnt|didnt|does|did ~1 not ~1 match|fit|correspond", "doesnt|didnt ~1 match|fit|correspond",
            "!nothing ~1 like ~3 picture*|photo*|description|listing|advert*|shown|image*", "!misleading", "!misrepresent*",
            "!fake|counterfeit|knockoff|replica", "!smaller|bigger|larger ~3 than ~3 described|pictured|advertised|expected|listed|shown|photo*|picture*",
            "!different ~1 item|product|color|colour|model|size|brand", "!not ~1 the ~2 same ~3 picture*|photo*|listing|one|item")
        .rule(POOR_QUALITY_OR_DAMAGED,
            "!broke|broken|breaks|broken", "!damag*", "!defect*", "!faulty", "!crack*", "!scratch*", "!dent|dents|dented",
            "!torn|ripped|rips", "!shatter*", "!smash*", "!stain*", "!leak*", "!poor|bad|low|terrible|awful|cheap|horrible ~1 quality|made|material|build",
            "!quality ~2 poor|bad|terrible|awful|low|cheap|horrible|rubbish", "!cheaply|poorly|badly ~1 made|built|finished|stitched|packed",
            "!not|doesnt|didnt|stopped ~2 work|working|works|functioning|turn|charge|charging", "!flimsy", "!junk|rubbish|garbage|crap|trash",
            "!falling|fell|came ~1 apart", "!dead ~1 on ~1 arrival", "!doa", "!fell ~1 apart", "!worn|used ~1 item|product", "!peeling|peeled",
            "!shoddy", "!useless", "!rusty|rusted")
        .rule(RETURN_OR_REFUND_PROBLEM,
            "!refund*", "!return ~3 request|label|policy|process|item|it|them|this|rejected|refused|denied|accepted",
            "!returned", "!returning", "!money ~1 back", "!reimburs*", "!chargeback|charge ~1 back", "!exchange*",
            "!replacement", "!want ~2 my ~1 money", "!cancel*", "still ~2 no|not|waiting ~3 refund*|reimburs*",
            "no ~1 refund*|reimburs* ~2 yet|after|despite|received|issued|given", "never ~3 refund*|reimburs*",
            "havent|hasnt|didnt|wasnt|werent ~3 refund*|reimburs*", MONEY + " ~3 never|still|not ~2 " + ARRIVE + "|back|returned")
        .rule(SELLER_UNRESPONSIVE,
            "no|never|without ~2 " + REPLY, "not|never|didnt|doesnt|wont|dont|havent|hasnt ~3 reply|replied|replies|respond*|answer*|get|got|heard ~3 back|reply|response|answer",
            "not|never|didnt|doesnt|wont|havent|hasnt ~2 reply|replied|replies|respond*|answer*|responsive",
            "!ignor*", "!unresponsive", "!unreachable", "nobody|noone|no ~1 one ~3 answer*|respond*|repl*|help*|contact*",
            "!ghosted", "!customer ~1 service ~2 terrible|awful|useless|poor|bad|nonexistent|non", "!impossible ~2 to ~1 contact|reach",
            "!cant|cannot|couldnt ~2 contact|reach|get ~2 hold|through", "!messages ~3 unanswered|ignored", "!zero ~1 communication")
        .rule(ARRIVED_EARLY_OR_PRAISE,
            "!early|earlier", "!ahead ~2 schedule|time", "!before ~3 expected|estimated|promised|date|due|schedule|deadline",
            "!fast|quick|quickly|speedy|rapid|prompt|promptly|swift", "!on ~1 time", "!great|excellent|perfect|perfectly|love|loved|amazing|awesome",
            "!recommend*|happy|pleased|satisfied|good|nice|fantastic|wonderful|superb|thanks|thank|brilliant|lovely",
            "!as ~1 described|pictured|advertised|expected", "!well ~1 packed|packaged|made")
        .negative("not ~2 recommend|happy|satisfied|good|great|worth", "!disappoint*", "!terrible|awful|horrible|worst",
            "!unhappy|unsatisfied|dissatisfied", "!problem*|issue*", "!bad", "never ~2 again", "!unfortunately", "!poor");
  }
}
