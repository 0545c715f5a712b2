// Portuguese (Brazil and Portugal).
import { type LanguageCues, unicodeBoundaries, words } from "./cues";

const WEEKDAY = `(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|sábado|sabado|domingo`;
const MONTH = String.raw`(?:jan(?:eiro)?|fev(?:ereiro)?|mar(?:ço|co)?|abr(?:il)?|mai(?:o)?|jun(?:ho)?|jul(?:ho)?|ago(?:sto)?|set(?:embro)?|out(?:ubro)?|nov(?:embro)?|dez(?:embro)?)\.?`;

export const PORTUGUESE_STOP_WORDS: readonly string[] = [
  "o",
  "os",
  "as",
  "e",
  "não",
  "você",
  "vocês",
  "sua",
  "seu",
  "suas",
  "seus",
  "nossa",
  "nosso",
  "nossos",
  "nossas",
  "obrigado",
  "obrigada",
  "obrigad",
  "com",
  "uma",
  "um",
  "pela",
  "pelo",
  "do",
  "da",
  "dos",
  "das",
  "no",
  "na",
  "nos",
  "em",
  "ao",
  "à",
  "às",
  "é",
  "está",
  "estamos",
  "foi",
  "ser",
  "mais",
  "muito",
  "também",
  "olá",
  "oi",
  "abraço",
  "abraços",
  "atenciosamente",
  "qualquer",
  "dúvida",
  "até",
  "já",
  "quando",
  "essa",
  "esse",
  "este",
  "esta",
  "isso",
  "vamos",
  "gostaríamos",
  "ficamos",
  "fico",
  "tudo",
  "bem",
  "então",
  "sobre",
  "entre",
  "depois",
  "são",
  "tem",
  "temos",
  "pode",
  "podemos",
  "cumprimentos",
  // Words of job mail that only Portuguese writes this way.
  "vaga",
  "processo",
  "pessoas",
  "etapa",
  "retorno",
  "conversa",
  "equipe",
  "horário",
  "outras",
  "outros",
  "decidimos",
  "infelizmente",
  "cujo",
  "cuja",
];

export const PORTUGUESE_LEGAL_FORMS: readonly string[] = [
  "Ltda.",
  "Ltda",
  "S.A.",
  "S/A",
  "SA",
  "Lda.",
  "Lda",
  "EIRELI",
];

/** The language's cues, built on first use (tables.ts): English mail never pays for them. */
export function portugueseCues(): LanguageCues {
  return {
    language: "pt",
    stopWords: PORTUGUESE_STOP_WORDS,
    kind: {
      rejection: [
        [
          words(
            String.raw`\b(?:decidimos|optamos por|escolhemos) (?:seguir|avançar|continuar|prosseguir)(?: em frente| adiante)?\b[^.\n]{0,60}\b(?:outr[oa]s? (?:candidat[oa]s?|perfis|perfil|pessoas?)|outro caminho)\b`,
          ),
          5,
        ],
        [
          words(
            String.raw`\bnão (?:vamos|iremos|poderemos|podemos) (?:seguir|avançar|continuar|prosseguir) com (?:a sua|sua|o seu|seu|a tua|tua) (?:candidatura|perfil|processo|aplicação)\b|\bnão (?:foi|foste) selecionad[oa]\b|\b(?:sua|tua) candidatura não (?:foi|avançou|seguirá)\b`,
          ),
          5,
        ],
        [
          words(
            String.raw`\b(?:infelizmente|lamentamos|sentimos muito)\b[^.\n]{0,80}\b(?:não (?:seguir|avançar|continuar|foi)|outr[oa]s? candidat)`,
          ),
          4,
        ],
        [words(String.raw`\b(?:vaga|posição) (?:já )?(?:foi|está) (?:preenchida|encerrada|fechada)\b`), 4],
        [words(String.raw`\b(?:infelizmente|lamentavelmente|lamentamos)\b`), 1.5],
        [words(String.raw`\b(?:mais alinhad[oa]s?|mais aderente|se encaixa(?:m)? melhor)\b`), 2],
        [
          words(
            String.raw`\b(?:banco de talentos|base de (?:talentos|candidatos))\b|\bfuturas? (?:oportunidades|vagas|posições)\b|\bpróximas oportunidades\b`,
          ),
          1.5,
        ],
        [words(String.raw`\bdesejamos (?:muito )?(?:sucesso|sorte)\b`), 1],
      ],
      notRejection: [
        [
          words(
            String.raw`\b(?:sua|tua) candidatura (?:segue|continua) (?:ativa|em andamento|em análise)\b|\bprocesso (?:segue|continua) em andamento\b`,
          ),
          4,
        ],
      ],
      offer: [
        [
          words(
            String.raw`\b(?:oferecer|propor)(?:-lhe|-te)? (?:formalmente |oficialmente )?(?:a vaga|a posição|o cargo|uma proposta|a proposta)\b|\b(?:segue|seguem|enviamos|envio) (?:o resumo d[ae] )?(?:nossa |a )?(?:proposta|oferta)\b|\bfazer (?:uma|a) (?:proposta|oferta)\b`,
          ),
          6,
        ],
        [
          words(
            String.raw`\b(?:proposta|oferta) (?:formal|de emprego|de trabalho|salarial|de contratação)\b|\bcarta(?:-| )(?:proposta|oferta)\b`,
          ),
          3,
        ],
        [words(String.raw`^(?:(?:re|res|enc|fwd?):\s*)*(?:sua |nossa |a )?(?:proposta|oferta)\b`), 3],
        [words(String.raw`\bsalário\b[^\n]{0,40}\d`), 2],
        [words(String.raw`\b(?:CLT|PJ|vale-refeição|vale-alimentação|plano de saúde|PLR)\b`), 1],
        [words(String.raw`\b(?:início previsto|data de início|período experimental|período de experiência)\b`), 1],
      ],
      notOffer: [
        [words(String.raw`\bnão (?:podemos|poderemos) (?:oferecer|fazer uma proposta)\b`), 8],
        [words(String.raw`\boutra (?:proposta|oferta)\b`), 1.5],
      ],
      extension: [
        [
          words(
            String.raw`\b(?:prazo|data limite)\b[^.]{0,40}\b(?:estender|estendemos|estendido|prorrogar|prorrogamos|prorrogado|adiar)\b`,
          ),
          6,
        ],
        [words(String.raw`\b(?:mais tempo|mais alguns dias)\b[^.]{0,30}\b(?:sem problema|claro|com certeza)\b`), 5],
      ],
      scheduled: [
        [
          words(
            String.raw`\b(?:confirm(?:o|amos)|fica confirmad[oa]) (?:a |o |sua |seu |nossa |nosso )?(?:[\w-]+ ){0,2}(?:entrevista|reunião|conversa|chamada|videochamada|bate-papo)\b`,
          ),
          4,
        ],
        [
          words(
            String.raw`\b(?:entrevista|reunião|conversa|chamada)\b[^.\n]{0,80}\b(?:está |foi |fica )?(?:confirmad[oa]|agendad[oa]|marcad[oa])\b`,
          ),
          4,
        ],
        [words(String.raw`^(?:(?:re|res|enc|fwd?):\s*)*(?:confirmação|entrevista confirmada)\b`), 4],
        [words(String.raw`^\s*(?:Data|Horário|Hora|Local|Quando|Onde|Duração|Entrevistador(?:es|as)?)\s*:`, "im"), 1.5],
        [words(String.raw`\bnos vemos (?:na|no|amanhã|em breve|então)\b|\baté (?:lá|amanhã)\b`), 1],
      ],
      invite: [
        // A booking link: "você pode escolher o melhor horário diretamente pelo link", "faça o agendamento".
        [
          words(
            String.raw`\b(?:pode|poderá|podes|basta) (?:escolher|selecionar|reservar|marcar|agendar) (?:o|um|a|uma|seu|sua) (?:melhor )?(?:horário|dia|data|hora)\b|\b(?:faça|faz|fazer|realize|concluir|conclua) o (?:seu )?agendamento\b`,
          ),
          4,
        ],
        [
          words(
            String.raw`\b(?:gostaríamos de|queremos|vamos) avançar (?:para|com) (?:uma|um|a|o) (?:\w+ ){0,4}(?:conversa|entrevista|etapa|bate-papo)\b`,
          ),
          2,
        ],
        [
          words(String.raw`\b(?:sua|tua) disponibilidade\b|\bquando (?:você )?(?:estaria|está|estarias) disponível\b`),
          5,
        ],
        [
          words(
            String.raw`\b(?:qual|quais) (?:dia|horário|data|opção|opções)(?:s)? (?:fica|ficam|funciona|funcionam|seria|é) (?:melhor|bom|boa)\b`,
          ),
          4,
        ],
        [
          words(String.raw`\b(?:escolha|agende|reserve|selecione|marque) (?:um|uma|o|seu|sua) (?:horário|data|hora)\b`),
          4,
        ],
        [
          words(
            String.raw`\b(?:gostaríamos de |queremos )?(?:convidar(?:-lhe|-te)?|te convidar|convidá-l[oa]) (?:para|a) (?:uma|um) (?:\w+ )?(?:entrevista|conversa|reunião|bate-papo)\b`,
          ),
          3,
        ],
      ],
      update: [
        [
          words(
            String.raw`\b(?:vamos dar um retorno|daremos (?:um )?retorno|retornaremos|entraremos em contato|manteremos (?:você )?informad[oa])\b`,
          ),
          2,
        ],
        [words(String.raw`\breferências\b`), 2],
        [words(String.raw`\bpróximos passos\b|\betapa final\b`), 1.5],
        [
          words(
            String.raw`\b(?:atraso|mais lento|mais tempo do que|paciência|ainda (?:estamos )?(?:avaliando|analisando))\b`,
          ),
          2,
        ],
      ],
      applicationReceived: [[words(String.raw`\b(?:recebemos|recebemos a) (?:sua|tua) candidatura\b`), 5]],
      other: [
        [words(String.raw`\b(?:novas vagas|vagas (?:para você|recomendadas)|alertas? de vagas?)\b`), 5],
        [
          words(
            String.raw`\bcancelar (?:a )?(?:inscrição|assinatura)\b|\bdescadastr\w+\b|\bvocê recebeu este e-?mail\b`,
          ),
          3,
        ],
        [words(String.raw`\b(?:boletim|newsletter|webinar)\b`), 2],
        [words(String.raw`\b(?:fatura|recibo|seu pedido)\b`), 3],
      ],
      jobWords: words(
        String.raw`\b(?:candidatura|vaga|cargo|posição|referências|entrevistas?|propostas?|ofertas?|seleção|processo seletivo|candidat[oa]s?|currículo|CV|emprego|recrutamento)\b`,
      ),
      personal: words(String.raw`\b(?:mãe|pai|vovó|beijos|beijo|parabéns|torcendo|como foi)\b`),
    },
    slots: {
      day: unicodeBoundaries(String.raw`(?:\b(?:${WEEKDAY})\b|\bamanhã\b|\b\d{1,2} de ${MONTH}|\b\d{1,2}\/\d{1,2}\b)`),
      clock: unicodeBoundaries(String.raw`(?:\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}h\b|\bàs \d{1,2}\b)`),
      window: words(String.raw`\b(?:esta|próxima) semana\b|\bnos próximos dias\b`),
      settles: words(
        String.raw`\b(?:confirm\w*|agendad[oa]|marcad[oa]|nos vemos|(?:entrevista|reunião|conversa)\b[^.?!\n]{0,40}\b(?:será|é) (?:na|no|às|em))\b`,
      ),
      hedged: words(String.raw`\b(?:se|poderíamos|poderia|talvez|ou então|em vez)\b`),
      asks: words(
        String.raw`\?|^(?:Poderia|Pode|Você pode|Qual|Quais)\b|\b(?:me avise|nos avise|me diga|nos diga|informe) (?:se|qual|quais)\b`,
      ),
      dueDate: words(String.raw`\b(?:até|no máximo até|antes de)\b[^,;.?!\n]{0,30}`, "gi"),
      checksBooking: words(String.raw`\bcontinua de pé\b|\bsó para confirmar\b`),
      bareSettle: words("^(?:ótimo|perfeito|obrigad[oa])?[, ]*(?:confirmado|agendado|combinado|fechado)[.!]*$"),
    },
    promises: {
      offerWord: words(String.raw`\b(?:proposta|oferta|carta-proposta|contrato)\b`),
      promise: words(
        String.raw`\b(?:vamos enviar|enviaremos|você receberá|assim que|quando (?:tivermos|recebermos)|estamos preparando|aguardando aprovação)\b`,
      ),
    },
    dates: {
      respond: words(
        String.raw`\b(?:(?:sua|tua|uma) (?:resposta|decisão|confirmação|aceite)|resposta até|nos (?:dê|dar|envie|enviar) (?:um|uma|o|a|o seu|a sua|seu|sua) (?:retorno|resposta)|responder|aceitar|recusar|assinar|válida até|prazo|data limite)\b`,
      ),
      expect: words(
        String.raw`\b(?:(?:vamos|iremos) dar (?:um )?retorno|daremos (?:um )?retorno|retornaremos|entraremos em contato|(?:vou|vamos) te (?:responder|retornar|avisar)|você (?:terá|receberá) (?:um |uma |nosso |nossa )?(?:retorno|resposta|decisão)|decisão final|comprometemo-nos|(?:dar|dar-lhe|dar-te|dar-vos|enviar-lhe|enviar-te|dar-lhe-emos|daremos) (?:uma|um|a nossa|o nosso|nossa|nosso) (?:resposta|decisão|retorno|feedback))\b`,
      ),
      scheduling: words(
        String.raw`\b(?:disponibilidade|disponível|horários?(?! (?:de|do) (?:Brasília|Lisboa|Portugal|verão|Brasil)\b)|agendar|escolher|remarcar|reagendar)\b`,
      ),
      meeting: words(
        String.raw`\b(?:entrevista|reunião|conversa|confirm\w*|data|horário|videochamada|chamada|nos vemos)\b`,
      ),
      start: words(String.raw`\b(?:início|data de início|começar|início previsto|admissão)\b`),
    },
    windows: {
      within: words(
        String.raw`\b(?:nas próximas|nos próximos|em até|dentro de|no prazo de)\s+(?<amount>\d{1,3}|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|dez|quinze)\s+(?<unit>horas?|dias? úteis|dias?|semanas?)\b`,
      ),
      hours: /^hora/i,
      workingDays: /úte/i,
      weeks: /^semana/i,
      numbers: {
        um: 1,
        uma: 1,
        dois: 2,
        duas: 2,
        três: 3,
        quatro: 4,
        cinco: 5,
        seis: 6,
        sete: 7,
        oito: 8,
        dez: 10,
        quinze: 15,
      },
      weekEnd: words(
        String.raw`\b(?:até\s+)?(?:o\s+)?(?:final|fim)\s+d[ae]\s+(?:(?<next>próxima\s+semana|semana\s+que\s+vem)|(?:esta|essa)\s+semana|semana)\b`,
      ),
      vague: words(
        String.raw`^(?:(?:início|meados)\s+d[eoa]\s+)?(?:a\s+|as\s+|esta\s+|estas\s+|o\s+|os\s+)?(?:próxim[oa]s?\s+)?(?:semanas?|mês|meses|dias)(?:\s+que\s+vem|\s+próxim[oa]s?)?$`,
      ),
    },
    titles: {
      before: "vaga de|vaga para|cargo de|posição de|candidatura para|candidatura à|processo para",
      stops:
        "o|a|os|as|um|uma|em|na|no|para|com|por|ao|à|que|é|foi|será|sua|seu|eu|você|nós|vamos|nossa|nosso|como|vaga|cargo|posição|proposta|oferta|candidatura|processo|entrevista|confirmada|confirmado|atualização|sobre|novidades|confirmação|etapa",
      heads:
        "Gerente|Analista|Engenheir[oa]|Desenvolvedora?|Coordenadora?|Diretora?|Especialista|Assistente|Consultora?|Arquitet[oa]|Cientista|Técnic[oa]|Supervisora?|Product|Head",
    },
    legalForms: PORTUGUESE_LEGAL_FORMS,
    unmonitored: words(
      String.raw`\b(?:não (?:responda|respondas) (?:a )?este (?:e-?mail|mensagem)|gerad[oa] automaticamente|respostas? (?:a este endereço )?não (?:são|serão) lidas)`,
    ),
    outgoing: [
      [
        "decline_offer",
        words(String.raw`\b(?:recusar|declinar|não (?:posso|poderei) aceitar)\b[^.]{0,40}\b(?:proposta|oferta)\b`),
      ],
      ["accept_offer", words(String.raw`\b(?:aceito|aceitar) (?:a|sua|vossa) (?:proposta|oferta)\b`)],
      ["withdrawal", words(String.raw`\bretirar (?:a )?minha candidatura\b`)],
      ["extension_request", words(String.raw`\b(?:mais alguns dias|mais tempo|estender o prazo)\b`)],
      [
        "thank_you",
        words(String.raw`\b(?:muito )?obrigad[oa] (?:pela entrevista|pelo tempo|pela conversa|pela reunião)\b`),
      ],
      ["follow_up", words(String.raw`\b(?:novidades|atualizações)\b[^.]{0,40}\b(?:processo|candidatura)\b`)],
    ],
  };
}
