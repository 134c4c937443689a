package dev.sellertrust.themes;

import static dev.sellertrust.themes.Theme.*;

/** Portuguese (Brazilian marketplace reviews), written accent-free because the tokens are. */
final class PortugueseThemes {
  private PortugueseThemes() {}

  private static final String RECEIVE = "receb*|recib*|cheg*|entreg*|veio|vieram|mandar*|enviar*|envia*|mandou";
  private static final String ITEM_COUNT = "um|uma|1|2|3|4|5|dois|duas|tres|metade|parte|01|02";
  private static final String SELLER_REPLY =
      "resposta*|retorno|contato|satisfac*|informac*|posicionamento|noticia*|explicac*|solucao|feedback|email|mail";
  /** After "pedi ... veio": what came as asked (or only less of it: a partial delivery), not something else. */
  private static final String REQUEST_MET = "certo|certinho|corret*|perfeit*|tudo|bem|conforme|direitinho|rapid*|"
      + "antes|no|dentro|so|apenas|somente|faltando|incomplet*|quebrad*|danific*|atrasad*|igual|exatamente|"
      + "mesmo|mesma|ok|otimo|otima";
  /** Before "estornado", "reembolsado": the refund was made, which is no refund problem. */
  private static final String REFUND_DONE = "ja|foi|foram|fui|sido|recebi|recebemos|devidamente";
  private static final String MONEY = "reembols*|dinheiro|estorno|valor|ressarc*";

  static ThemeLexicon build(Vocabulary v) {
    return new ThemeLexicon("pt", v)
        .negators("nao nem sem nenhum nenhuma nunca jamais")
        .contrast("mas porem entretanto contudo todavia apesar")
        .rule(LATE_DELIVERY,
            "!atras*", "!demor*", "!lentid*",
            "fora ~1 prazo|data", "depois ~2 prazo|data", "apos ~2 prazo|data", "!passou ~2 prazo|data",
            "prazo ~3 venc*|expir*|estour*|ultrapass*|acabar|acabou|longo|enorme|grande|extenso|absurdo",
            "!prazo ~1 nao ~1 cumpri*|respeit*", "nao ~3 cumpr* ~3 prazo|data", "nenhum ~1 cumprido",
            "nao ~3 " + RECEIVE + " ~3 prazo|data|previsto|prevista",
            "!muito ~1 tempo", "!ainda ~2 aguardando|esperando|aguardo", "!aguardo|aguardando ~2 meu|o|a|minha ~1 pedido|produto|compra|encomenda|mercadoria",
            "!estour*|venceu|expirou|passou|ultrapassou ~3 prazo|data", "!estou ~1 aguardando|esperando ~3 produto|entrega|pedido|chegada|mercadoria",
            "!levou ~3 dias|semanas|mes|meses ~3 chegar|entreg*", "ate ~2 agora ~1 nada", "esperando ~3 ate ~1 hoje")
        .rule(NOT_RECEIVED,
            MONEY + " ~2 << nao ~2 receb*|recib* // ~1 " + SELLER_REPLY + "|" + MONEY + "|nota|nenhum|nenhuma|no|na|dentro|conforme|correto|correta|corretamente",
            MONEY + " ~2 << nao ~2 cheg*|entreg*|veio // ~3 prazo|data|previsto|prevista|no|na|dentro|corretamente|certo|correto|correta|errad*|completo|completa",
            "nem ~1 receb*|recib*|cheg*", "!nada ~2 de ~1 atualiza*|noticia*|produto|pedido",
            "nao ~1 foi ~1 entreg* // ~3 prazo|data|no|na|dentro|todos|tudo|outro|outra|restante",
            MONEY + " ~2 << nunca ~1 cheg*|receb*|entreg*", "produto ~1 nao ~1 entregue", "sem ~2 ter ~1 recebido",
            "extravi*", "consta|constando|consto ~4 entregue|recebido", "diz|dizendo|informa* ~3 entregue ~3 mas|porem",
            "ja ~3 mes ~3 compra ~3 nada", "nada ~1 cheg*|receb*")
        .rule(PARTIAL_DELIVERY,
            "so|somente|apenas ~1 " + RECEIVE,
            "so|somente|apenas ~1 o|a|os|as|um|uma|1|2|3|dois|duas|metade|parte ~3 foi|foram|veio|vieram|chegou|chegaram|" + RECEIVE,
            "unic*|unica ~3 que ~1 veio|chegou|foi|recebi", "!pela ~1 metade", "!parcial*", "um|uma ~1 deles|delas ~3 nao",
            "!ainda ~1 faltam|falta|faltando", "terceiro|segundo|terceira|segunda|quarto|quarta ~3 nunca|nao|ainda",
            "demais ~1 itens|produtos|pecas|itens", "restante ~2 pedido|itens|produtos|compra",
            "esperando|aguardando|aguardo ~2 o|a|os|as ~1 outro|outra|outros|outras|restante|demais",
            "receb*|cheg*|veio|vieram ~5 mas|porem ~3 nao ~1 receb*|recib*|veio|cheg*",
            "2|3|4|dois|duas|tres ~2 foram ~1 entregues ~2 uma|um ~1 nao", "nao ~3 completa|completo|todo|toda",
            RECEIVE + " ~1 so|somente|apenas",
            "!falt* // de|respeito|compromisso|atencao|educacao|informac*|vergonha|cuidado|qualidade|testar|ter|ser|so|usar|montar",
            "parte ~1 do|da|dos|das ~1 pedido|produtos|compra|itens|encomenda",
            "metade ~2 pedido|produtos|itens|compra", "nao ~2 receb*|recib*|cheg*|veio ~2 todos|todas|tudo|restante|demais",
            "nao ~2 receb*|recib*|cheg*|veio|entreg* ~2 o|a ~1 outro|outra|outros|outras|segundo|segunda",
            "o|a ~1 outro|outra|outros|outras|segundo|segunda ~3 nao ~2 receb*|recib*|cheg*|veio|entreg*",
            "outro|outra|outros|outras|segundo|segunda ~2 item|itens|produto|produtos|peca|pecas|unidade|volume ~2 nao|ainda",
            "um|uma ~1 dos|das ~3 nao", "quantidade ~3 errad*|incorret*|menor|correta", "incomplet*",
            "compr*|pedi|pedido ~5 2|3|4|5|6|dois|duas|tres|quatro ~4 e|mas ~2 so|apenas|somente",
            "receb*|recib*|veio|vieram|chegou|chegaram|entreg* ~2 " + ITEM_COUNT + " ~1 de|dos|das ~1 2|3|4|5|6|7|8|dois|duas|tres|quatro",
            "separad* ~2 2|duas ~1 entregas", "ainda ~2 nao ~2 veio ~2 o|a", "veio ~1 faltando")
        .rule(NOT_AS_DESCRIBED,
            "!diferente* ~4 anunci*|foto*|descri*|site|comprad*|pedi*|solicit*|imagem|imagens|esperado|encomend*|mostra*",
            "!produto|modelo|cor|tamanho|numero|numeracao|marca|item ~1 diferente|errad*|trocad*",
            "!diferente|errad* ~1 produto|modelo|cor|tamanho|numero|numeracao|marca|item",
            "!outra ~1 cor|marca", "veio|vieram|recebi|mandaram|enviaram|entregaram|chegou ~2 errad*|trocad*",
            "!errad*",
            "nao ~2 correspond*|condiz*|confere|bate ~3 anunci*|foto*|descri*|site|pedido|comprado|vendido|imagem",
            "nao ~2 correspond*|condiz*", "nao ~1 e|era ~2 o|a ~1 mesmo|mesma ~2 anunci*|foto*|site|comprad*|pedido|publicado",
            "pedi|pedimos|pedir|solicitei|escolhi|encomendei ~5 veio|vieram|recebi|recebemos|mandaram|enviaram|entregaram|chegou // ~1 " + REQUEST_MET,
            "anuncio|foto|fotos|descricao|site|imagem|imagens ~2 dizia|falava|mostrava|informava|constava|aparecia|parecia",
            "!difere|diferem ~3 foto*|anunci*|descri*|site|imagem|pedido|comprad*", "nada ~1 haver|ver ~4 site|foto*|anunci*|pedi|comprei|descri*", "inferior ~2 ao|a ~1 mostrado|anunciado|foto|site",
            "!recebi|entregaram|entregue|enviaram|mandaram ~2 outro|outra|incorret* // ~0 produto ~1 ou|que", "!incorret*", "nao ~1 e ~1 o ~1 publicado|anunciado",
            "ao ~1 inves ~1 de", "em ~1 vez ~1 de", "nao ~2 compativel ~3 descri*|anunci*|foto*", "nao ~1 e|era ~2 o ~1 que ~2 compr*|pedi|anunci*",
            "propaganda ~1 enganosa", "menor|maior|pequen* ~3 que ~3 anunci*|foto*|descri*|site|esperava",
            "no ~1 lugar", "!ao ~1 inves", "compr*|pedi ~5 veio|recebi|mandaram|enviaram ~2 outro|outra|um|uma ~1 outr*")
        .rule(POOR_QUALITY_OR_DAMAGED,
            "!quebr*", "!danific*", "!defeit*", "!amass*", "!arranh*", "!riscad*", "!rasgad*", "!rachad*", "!racha*",
            "!trincad*", "!estragad*", "!avaria*", "!furad*", "!manchad*", "!descascan*", "!vazand*|vazou", "!enferruj*",
            "!qualidade ~2 ruim|pessim*|baixa|horrivel|inferior|duvidosa|fraca|deixa|deixou|inferior",
            "ma|baixa|pessima|pouca|baixissima|duvidosa ~1 qualidade", "!nao ~1 funcion*", "parou ~1 de ~1 funcionar",
            "!fragil|frageis", "!fraco|fraca|fraquinho|fraquinha|fracos", "!material ~3 ruim|pessim*|fraco|simples|fino|fina|inferior",
            "!fino|fina|finos|finas", "!mal ~1 feito|acabado|acabada|produzido|costurado|embalado", "!acabamento ~3 ruim|pessim*|mal|horrivel",
            "!vagabund*", "!horrivel|horriveis", "!pessimo|pessima ~1 produto|material", "!produto ~1 pessimo|ruim|horrivel",
            "falsific*", "nao ~1 e|era|parece ~1 original", "!usado|usada", "!encolh*", "!desbot*", "!solt* // ~0 rapido",
            "nao ~1 vale ~2 preco|pena|nada", "!muito ~1 simples", "esperava ~2 mais|melhor", "!barulh*", "!deform*",
            "!duvidos*", "nao ~1 tem ~2 qualidade", "sem ~1 qualidade", "!desconfort*", "!grosseir*", "!replica|paralelo|pirata*",
            "!sujo|suja|sujas|sujos", "!descolad*", "qualidade ~1 intermediaria|razoavel|mediana", "!parece|pareceu ~3 plastico", "!plastico ~2 fino|vagabundo|ruim")
        .rule(RETURN_OR_REFUND_PROBLEM,
            "!devolu*", "!devolv*", REFUND_DONE + " ~1 << !reembols*", REFUND_DONE + " ~1 << !estorn*",
            REFUND_DONE + " ~1 << !ressarc*",
            "nao ~3 receb*|recib*|cheg*|veio|caiu|fizeram|feito|devolv*|retorn* ~3 reembols*|estorn*|ressarc*|dinheiro|valor|credito",
            "nada ~2 do|de|da ~1 reembols*|estorn*|ressarc*|dinheiro|devolu*", "dinheiro ~2 volta|devolta", "!nao ~2 aceita*|querem|quer|consigo|consegui ~3 devol*|troca|trocar|reembols*|estorn*",
            "quero|gostaria|solicit*|pedi|aguardando|aguardo|esperando|preciso ~3 troca|trocar|meu ~1 dinheiro",
            "!troca", "meu ~1 dinheiro", "!trocar")
        .rule(SELLER_UNRESPONSIVE,
            "sem|nenhum|nenhuma ~2 " + SELLER_REPLY, "nao ~3 tive|obtive|recebi|deram|da|dao|tenho ~2 " + SELLER_REPLY,
            "ninguem ~3 respond*|retorn*|atend*|resolv*|entr*|entrou|sabe|explica", "nao ~2 respond*|retorn*|atend*",
            "nao ~3 entr* ~2 contato", "descaso", "!atendimento ~2 pessim*|ruim|horrivel|inexistente|fraco",
            "nao ~2 consig* ~4 contato|falar|contatar|resposta", "nem ~1 resposta|retorno|satisfacao",
            "!vendedor|loja ~3 nao ~1 respond*|retorn*|resolv*")
        .rule(ARRIVED_EARLY_OR_PRAISE,
            "!antes ~3 prazo|previsto|prevista|data|esperado|combinado|dia|tempo", "!antecip*",
            "!entreg*|cheg* ~3 rapid*|rapidinho|rapidez|ligeir*", "!rapid*|rapidez|agil*|eficien*",
            "!dentro ~2 prazo|data", "!no ~1 prazo", "!otim*|excelent*|perfeit*|recomendo|satisfeit*|adorei|amei|gostei|parabens",
            "!maravilh*|lind*|bom|boa|bons|boas|top|show|super|obrigad*|correto|certinho|conforme|pontual*|confiavel",
            "tudo ~1 certo|ok|perfeito|otimo|bem", "!bem ~1 embalado|embalada")
        .negative("nao ~2 recomendo|gostei|indico|compro|comprarei|compraria|satisfeit*|vale", "pessim*", "horrivel",
            "decepc*", "insatisf*", "!ruim", "problema*", "absurdo", "nunca ~1 mais", "lament*", "infelizmente");
  }
}
