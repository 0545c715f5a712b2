// Spanish (Spain and Latin America).
import { type LanguageCues, unicodeBoundaries, words } from "./cues";

// Nouns Spanish titles start with ("Diseñadora UX", "Ingeniero/a de Datos").
const SPANISH_TITLE_HEADS =
  "Diseñador(?:a)?|Ingenier[oa]|Desarrollador(?:a)?|Analista|Gerente|Jef[ea]|Director(?:a)?|Coordinador(?:a)?|Responsable|Especialista|Consultor(?:a)?|Arquitect[oa]|Técnic[oa]|Científic[oa]|Programador(?:a)?|Administrador(?:a)?|Líder";

const WEEKDAY = "(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)";
const MONTH = String.raw`(?:ene(?:ro)?|feb(?:rero)?|mar(?:zo)?|abr(?:il)?|may(?:o)?|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sep(?:t(?:iembre)?)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?)\.?`;

export const SPANISH_STOP_WORDS: readonly string[] = [
  "el",
  "los",
  "las",
  "y",
  "que",
  "para",
  "con",
  "por",
  "tu",
  "una",
  "un",
  "te",
  "nos",
  "es",
  "del",
  "al",
  "muy",
  "gracias",
  "hemos",
  "tus",
  "estamos",
  "está",
  "pero",
  "como",
  "hola",
  "saludo",
  "mucho",
  "muchas",
  "su",
  "sus",
  "también",
  "si",
  "ya",
  "cuando",
  "puedes",
  "podrías",
  "quedo",
  "atentamente",
  "cualquier",
  "antes",
  "este",
  "esta",
  "estas",
  "estos",
  "más",
  "sin",
  "sobre",
  "entre",
  "después",
  "han",
  "hay",
  "son",
  "ser",
  "lo",
  "mi",
  "nuestro",
  "nuestra",
  "tienes",
  "usted",
];

export const SPANISH_LEGAL_FORMS: readonly string[] = [
  "S.L.U.",
  "S.L.",
  "SL",
  "S.A.U.",
  "S.A.",
  "SA",
  "S.L.L.",
  "S.Coop.",
  "S.A. de C.V.",
  "S.A.P.I. de C.V.",
  "S. de R.L. de C.V.",
  // Mexican lenders' regulatory forms, written after the company's own: "..., S.A. de C.V., SOFOM, E.N.R."
  "SOFOM",
  "E.N.R.",
  "E.R.",
  "SAS",
  "Ltda.",
];

/** The language's cues, built on first use (tables.ts): English mail never pays for them. */
export function spanishCues(): LanguageCues {
  return {
    language: "es",
    stopWords: SPANISH_STOP_WORDS,
    kind: {
      rejection: [
        [
          words(
            String.raw`\b(?:decidido|optado|elegido) (?:por )?(?:continuar|seguir|avanzar|proseguir)?\s*(?:adelante )?(?:el proceso )?(?:con|por) (?:otr[oa]s?) (?:perfiles|perfil|candidat[oa]s?|candidaturas?|personas?)\b`,
          ),
          5,
        ],
        // Said of the process already gone on: "hemos seguido adelante con otra persona".
        [
          words(
            String.raw`\b(?:hemos|han) (?:seguido|continuado|avanzado|ido) (?:adelante )?(?:en el proceso |con el proceso )?con (?:otr[oa]s?|un[oa]) (?:persona|personas|perfil|perfiles|candidat[oa]s?|candidaturas?)\b`,
          ),
          5,
        ],
        [
          words(
            String.raw`\bno (?:vamos a|podemos|podremos|continuaremos|seguiremos) (?:continuar|seguir|avanzar|contar) (?:adelante )?con (?:tu|su) (?:candidatura|perfil|proceso)\b|\bno (?:has|ha) sido seleccionad[oa]\b|\b(?:decidido|optado por) no (?:continuar|seguir|avanzar|proseguir) (?:adelante )?con (?:tu|su) (?:candidatura|postulación|perfil|proceso)\b`,
          ),
          5,
        ],
        [
          words(
            String.raw`\blamentamos (?:comunicarte|informarte|decirte|comunicarle|informarle)\b|\bsentimos (?:comunicarte|informarte)\b`,
          ),
          4,
        ],
        [
          words(
            String.raw`\b(?:puesto|vacante|posición|plaza) (?:ya )?(?:ha sido|ha quedado|quedó|fue|está) (?:ya )?cubiert[oa]\b`,
          ),
          4,
        ],
        // "tu postulación no continuará en este proceso": the application goes no further.
        [
          words(
            String.raw`\b(?:tu|su) (?:postulación|candidatura|solicitud) no (?:continuará|seguirá|avanzará|continúa|sigue)\b`,
          ),
          4,
        ],
        // The post named with its title: "la vacante de Analista de Crédito Sr./Sra. ha sido cubierta"
        // (a title's abbreviations keep their points inside the sentence).
        [
          words(
            String.raw`\b(?:puesto|vacante|posición|plaza) (?:de|como) (?:[^.\n]|\.(?=\S|\s(?:de|del|en|y|para|ya|ha|fue|quedó|está)\s)){1,80}? (?:ya )?(?:ha sido|ha quedado|quedó|fue|está) (?:ya )?cubiert[oa]\b`,
          ),
          4,
        ],
        [
          words(
            String.raw`\bproceso finalizado\b|\b(?:candidatura|proceso) (?:ha sido )?(?:descartad[oa]|cerrad[oa])\b`,
          ),
          3,
        ],
        [words(String.raw`\b(?:lamentablemente|desafortunadamente|por desgracia)\b`), 1.5],
        [words(String.raw`\bno es la noticia que (?:esperabas|esperaba|esperabais|querías)\b`), 2],
        [words(String.raw`\b(?:se ajustan?|encajan?) (?:más|mejor)\b`), 2],
        [
          words(
            String.raw`\b(?:comunidad|base de datos|bolsa) de (?:talento|candidatos)\b|\bfuturas (?:oportunidades|vacantes|ofertas)\b`,
          ),
          1.5,
        ],
        [words(String.raw`\bte deseamos (?:muchísima |mucha |el mayor )?(?:suerte|éxito)\b`), 1],
      ],
      notRejection: [
        [
          words(String.raw`\b(?:tu|su) candidatura (?:sigue|continúa) (?:activa|abierta|en proceso)\b|\bno es un no\b`),
          4,
        ],
      ],
      offer: [
        [
          words(
            String.raw`\b(?:ofrecerte|ofrecerle|proponerte|proponerle) (?:formalmente |oficialmente )?(?:el puesto|el cargo|la posición|una oferta|un contrato|la plaza|incorporarte|la incorporación)\b|\bque te incorpor(?:es|aras|ases)\b|\bhacerte (?:una|la) oferta\b|\b(?:extenderte|extenderle|presentarte|presentarle) (?:la|una|nuestra) (?:oferta|propuesta)\b`,
          ),
          6,
        ],
        [
          words(
            String.raw`\b(?:oferta|propuesta) (?:formal|de empleo|de trabajo|laboral|económica|de contratación)\b|\bcarta (?:de )?oferta\b`,
          ),
          3,
        ],
        // A portal notice: "Te hemos enviado una oferta para el puesto", "Tienes una nueva oferta
        // pendiente", "aceptarla o rechazarla en tu portal".
        [
          words(
            String.raw`\b(?:te|le|os) (?:hemos|he) (?:enviado|remitido|hecho llegar|preparado) (?:una|la|tu|su|nuestra) (?:oferta|propuesta)\b|\btienes (?:una )?(?:nueva )?(?:oferta|propuesta) (?:pendiente|para revisar|esperando)\b|\b(?:te|le|os) (?:envío|enviamos|adjunto|adjuntamos|remito|remitimos|hago llegar|hacemos llegar) (?:adjunta |adjunto )?(?:la|una|nuestra) (?:carta (?:de )?oferta|oferta (?:formal|de empleo|de trabajo|laboral))\b`,
          ),
          6,
        ],
        [words(String.raw`\b(?:oferta|propuesta)\b[^.!\n]{0,100}\baceptarla o rechazarla\b`), 4],
        [words(String.raw`\bcondiciones de (?:la|nuestra) (?:oferta|propuesta)\b`), 2],
        [words(String.raw`^(?:(?:re|rv|fwd?):\s*)*(?:tu |nuestra )?(?:oferta|propuesta)\b`), 2],
        [words(String.raw`\b(?:salario|sueldo)\b[^\n]{0,40}\d`), 2],
        [words(String.raw`\bperiodo de prueba\b`), 1.5],
        [words(String.raw`\bincorporación\b|\bfecha de (?:inicio|incorporación|ingreso)\b`), 1],
      ],
      notOffer: [
        [words(String.raw`\bno (?:podemos|podremos) (?:ofrecerte|hacerte una oferta)\b`), 8],
        [words(String.raw`\botra oferta\b`), 1.5],
      ],
      extension: [
        [
          words(
            String.raw`\b(?:plazo|fecha límite)\b[^.]{0,40}\b(?:ampliar|ampliamos|ampliado|extender|extendido|alargar)\b`,
          ),
          6,
        ],
        [words(String.raw`\b(?:más tiempo|unos días más)\b[^.]{0,30}\b(?:sin problema|por supuesto|claro)\b`), 5],
      ],
      scheduled: [
        // A moved slot's new time in a row of its own: "Nuevo horario: jueves 10 de junio, 10:00 a.m.".
        [words(String.raw`^[ \t]*Nuev[oa] (?:horario|hora|fecha)[ \t]*:[^\n]*\d`, "im"), 4],
        [
          words(
            String.raw`\b(?:te|le) confirm(?:o|amos) (?:la|tu|su|nuestra|el) (?:[\w-]+ ){0,2}(?:entrevista|reunión|cita|llamada|videollamada)\b`,
          ),
          4,
        ],
        [
          words(
            String.raw`\b(?:entrevista|reunión|cita)\b[^.\n]{0,60}\b(?:queda |ha quedado |está )?(?:confirmada|programada|agendada)\b`,
          ),
          4,
        ],
        [words(String.raw`^(?:(?:re|rv|fwd?):\s*)*confirmación\b`), 4],
        // A slot moved to a new one: "La nueva hora es el martes 28 a las 16:30", "tu entrevista ha
        // sido reprogramada", "tenemos que mover la entrevista".
        [
          words(
            String.raw`\b(?:la )?nueva (?:hora|fecha)(?: de la (?:entrevista|reunión|llamada))? (?:es|será|queda|sería)\b|\b(?:entrevista|reunión|cita|llamada)\b[^.\n]{0,60}\b(?:ha sido |queda |quedó )?(?:reprogramada|cambiada de hora|trasladada)\b`,
          ),
          4,
        ],
        [
          words(
            String.raw`\b(?:tenemos|hemos tenido) que (?:mover|cambiar|reprogramar|aplazar|retrasar|adelantar) (?:la|tu|su) (?:[\w-]+ ){0,2}?(?:entrevista|reunión|cita|llamada)\b|^(?:(?:re|rv|fwd?):\s*)*cambio de (?:hora|fecha)\b`,
          ),
          2,
        ],
        [words(String.raw`^\s*(?:Fecha|Hora|Lugar|Cuándo|Dónde|Duración)\s*:`, "im"), 1.5],
        [words(String.raw`\bnos vemos (?:el|mañana|pronto|entonces)\b`), 1],
      ],
      invite: [
        [words(String.raw`\b(?:tu|su) disponibilidad\b|\bcuándo (?:estarías|estás|estaría) disponible\b`), 5],
        [
          words(
            String.raw`\b(?:qué|cuál) (?:día|hora|franja|horario|opción)(?:es|s)? (?:te|le) (?:viene|vendría|va|iría|encaja) (?:mejor|bien)\b|\bqué (?:te|le) (?:viene|encaja) mejor\b`,
          ),
          4,
        ],
        [
          words(
            String.raw`\b(?:elige|escoge|reserva|selecciona) (?:un|una|tu) (?:hueco|franja|horario|hora|cita)\b|\b(?:agenda|reserva) tu (?:conversación|entrevista|llamada|videollamada|reunión)\b`,
          ),
          4,
        ],
        // "Puedes reservar el hueco que mejor te venga en este enlace", "¿Me compartes qué horario te
        // acomoda mejor?": the candidate picks the time.
        [
          words(
            String.raw`\b(?:reservar|elegir|escoger|seleccionar|elige|escoge|reserva|selecciona) (?:el|la|un|una|tu) (?:hueco|espacio|franja|horario|hora|cita|momento)\b|\benlace de (?:reserva|agenda|agendamiento)\b|\b(?:qué|cuál) (?:día|hora|franja|horario|opción)(?:es|s)? (?:te|le) (?:acomoda|acomodaría|conviene|convendría|funciona|queda) (?:mejor|bien)\b`,
          ),
          4,
        ],
        // An agency's client: "quiere entrevistarte para la posición", "nos gustaría entrevistarte".
        [words(String.raw`\b(?:quiere|quieren|queremos|gustaría|encantaría) entrevistarte\b`), 3],
        [
          words(
            String.raw`\b(?:te|le) proponemos (?:una|un) (?:primera |segunda |breve )?(?:entrevista|reunión|llamada|videollamada)\b`,
          ),
          3,
        ],
        [
          words(
            String.raw`\b(?:invitarte|te invitamos|queremos invitarte) a (?:una|un) (?:\w+ )?(?:entrevista|reunión|llamada)\b`,
          ),
          3,
        ],
      ],
      update: [
        [
          words(
            String.raw`\b(?:te|le) (?:daremos|daré|diremos|informaremos|avisaremos|avisaré|comunicaremos|mantendremos informad[oa])\b|\bnos pondremos en contacto\b`,
          ),
          2,
        ],
        [words(String.raw`\breferencias\b`), 2],
        // When the decision is due: "esperamos tomar una decisión antes del viernes 20".
        [
          words(
            String.raw`\b(?:esperamos|prevemos|queremos|contamos con|confiamos en) (?:tomar|tener) (?:una|la) decisión\b`,
          ),
          2,
        ],
        [words(String.raw`\bpróximos pasos\b|\bfase final\b`), 1.5],
        [words(String.raw`\b(?:retraso|unos días más|más tiempo de lo previsto|paciencia|seguimos valorando)\b`), 2],
        [
          words(
            String.raw`\b(?:envíes|enviar(?:nos)?|mandes|mandar(?:nos)?|necesitamos|facilitar(?:nos)?|adjuntar)\b[^.?!\n]{0,60}\b(?:documentación|referencias|título|copia|certificado)\b`,
          ),
          3,
        ],
      ],
      applicationReceived: [[words(String.raw`\bhemos recibido (?:tu|su) candidatura\b`), 5]],
      other: [
        [
          words(
            String.raw`\b(?:ofertas nuevas|nuevas ofertas|ofertas (?:que te pueden interesar|para ti)|alertas? de empleo)\b`,
          ),
          5,
        ],
        [
          words(
            String.raw`\bhas recibido este (?:correo|email|mensaje)\b|\bdarte de baja\b|\bgestiona tus notificaciones\b|\bcancelar (?:la )?suscripción\b`,
          ),
          3,
        ],
        [words(String.raw`\b(?:boletín|newsletter|webinar|seminario web)\b`), 2],
        [words(String.raw`\b(?:factura|recibo|tu pedido)\b`), 3],
      ],
      jobWords: words(
        String.raw`\b(?:candidatura|puesto|referencias|documentación|entrevistas?|oferta|selección|posición|candidat[oa]s?|currículum|CV|empleo|vacante)\b`,
      ),
      personal: words(
        String.raw`\b(?:mamá|papá|abuela|besos|un beso|un abrazo fuerte|enhorabuena|cruzo los dedos|cómo te fue|me llamas)\b`,
      ),
    },
    slots: {
      day: unicodeBoundaries(String.raw`(?:\b${WEEKDAY}\b|\bmañana\b|\b\d{1,2} de ${MONTH}|\b\d{1,2}\/\d{1,2}\b)`),
      clock: unicodeBoundaries(String.raw`(?:\b\d{1,2}[:.]\d{2}\s*(?:h\b)?|\ba las \d{1,2}\b)`),
      window: words(String.raw`\b(?:esta|la próxima|la semana que viene)\b|\ben los próximos días\b`),
      settles: words(
        String.raw`\b(?:confirm\w*|queda(?:mos)? (?:así|para)|nos vemos|(?:entrevista|reunión|cita)\b[^.?!\n]{0,40}\b(?:será|es) (?:el|a las))\b`,
      ),
      hedged: words(String.raw`\b(?:si|podríamos|podrías|quizás?|tal vez|en su lugar|o bien)\b`),
      asks: words(
        String.raw`\?|¿|^(?:Podrías|Puedes|Podría|Te (?:viene|va)|Cuál|Qué)\b|\b(?:dime|dinos|indícanos|indícame|avísame|avísanos) (?:si|qué|cuál)\b`,
      ),
      dueDate: words(String.raw`\b(?:antes del?|a más tardar|hasta el)\b[^,;.?!\n]{0,30}`, "gi"),
      checksBooking: words(String.raw`\bseguimos en pie\b|\bpara confirmar\b`),
      bareSettle: words("^(?:genial|perfecto|gracias)?[, ]*(?:confirmado|reservado|hecho|apuntado|de acuerdo)[.!]*$"),
    },
    promises: {
      offerWord: words(String.raw`\b(?:oferta|propuesta|carta de oferta|contrato)\b`),
      promise: words(
        String.raw`\b(?:te enviaremos|recibirás|te llegará|en cuanto|una vez que|cuando (?:tengamos|recibamos)|estamos preparando|pendiente de aprobación)\b`,
      ),
    },
    dates: {
      respond: words(
        String.raw`\b(?:(?:darnos|dar|enviarnos) (?:una |tu )?respuesta|(?:te |le |os )?(?:pedimos|pido|necesitamos|necesito|esperamos|espero|agradeceríamos|agradecería) (?:una |tu |su |vuestra )?(?:respuesta|decisión|confirmación)|tu (?:respuesta|decisión|confirmación|aceptación)|su aceptación|aceptar|rechazar|firmar|firmando|contestar|válida hasta|fecha límite|plazo|si (?:la )?aceptas|confirmarnos si|(?:tenés|tienes|tiene|tenéis|tienen) (?:tiempo|plazo) hasta|(?:que )?nos (?:confirmes|confirme|confirméis|contestes|conteste|respondas|responda|digas|diga)(?: (?:si|tu|su|vuestra))?)\b`,
      ),
      expect: words(
        String.raw`\b(?:(?:te|le|les|os) (?:daremos|daré|diremos|contestaremos|informaremos|comunicaremos|escribiremos|confirmaremos|confirmaré|notificaremos|haremos saber)|(?:darte|darle|darles|daros) (?:una |nuestra )?(?:respuesta|decisión)|(?:te|le|les|os) (?:vamos|voy) a (?:estar )?(?:dar|dando|comunicar|comunicando|confirmar|confirmando) (?:una |nuestra |la )?(?:respuesta|decisión)|(?:nos pondremos|me pondré) en contacto|tendrás (?:una |nuestra )?respuesta|recibirás (?:una |nuestra )?(?:respuesta|decisión)|(?:esperamos|espero|prevemos|preveo|queremos|contamos con|confiamos en) (?:poder )?(?:tomar|tener) (?:una |la |nuestra )?decisión)\b`,
      ),
      scheduling: words(
        String.raw`\b(?:disponibilidad|disponible|franjas?|huecos?|reservar|elegir|cambiar la fecha|reprogramar)\b`,
      ),
      meeting: words(String.raw`\b(?:entrevista|reunión|cita|confirm\w*|fecha|hora|videollamada|llamada|nos vemos)\b`),
      start: words(String.raw`\b(?:incorporación|fecha de inicio|empezar|comienzo|alta)\b`),
    },
    windows: {
      within: words(
        String.raw`\b(?:en (?:las|los) próxim[oa]s|en un plazo (?:máximo )?de|dentro de(?:\s+l[oa]s)?)\s+(?<amount>\d{1,3}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince)\s+(?<unit>horas?|días? (?:hábiles|laborables)|días?|semanas?)\b`,
      ),
      hours: /^hora/i,
      workingDays: /h[áa]bil|laborab/i,
      weeks: /^semana/i,
      numbers: {
        un: 1,
        una: 1,
        dos: 2,
        tres: 3,
        cuatro: 4,
        cinco: 5,
        seis: 6,
        siete: 7,
        ocho: 8,
        diez: 10,
        quince: 15,
      },
      weekEnd: words(
        String.raw`\b(?:antes de\s+|para\s+)?(?:a\s+)?(?:el\s+)?(?:final|finales|fin)\s+de\s+(?:(?<next>la\s+semana\s+que\s+viene|la\s+próxima\s+semana|la\s+semana\s+próxima)|(?:esta|la)\s+semana)\b`,
      ),
      vague: words(
        String.raw`^(?:(?:principios|mediados)\s+de\s+)?(?:la\s+|las\s+|esta\s+|estas\s+|el\s+|los\s+)?(?:próxim[oa]s?\s+)?(?:semanas?|mes(?:es)?|días)(?:\s+que\s+viene|\s+próxim[oa]s?)?$`,
      ),
      // "antes del viernes 24": a weekday and a day with no month (not "lunes 4 de diciembre", "jueves 10:30").
      weekdayDay: {
        pattern: words(
          String.raw`\b(?<weekday>lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\s+(?<day>\d{1,2})\b(?![:.,/-]\d|\s*(?:de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\b|\s*(?:hs?|horas?|hrs|am|pm)\b)`,
        ),
        weekdays: {
          domingo: 0,
          lunes: 1,
          martes: 2,
          miércoles: 3,
          miercoles: 3,
          jueves: 4,
          viernes: 5,
          sábado: 6,
          sabado: 6,
        },
      },
    },
    titles: {
      before:
        // "Entrevista Diseñadora UX": a stage word right before a title word names the title.
        // "queremos sumarte como Líder Técnico": the role the company takes you on as.
        // "al cargo de Analista ...", never "a cargo de" (who runs something: "a cargo de Rodrigo").
        `puesto de|posición de|(?:sumarte|sumarse|unirte|unirse|incorporarte|incorporarse|contratarte) como|(?:el|al|del|un|este|nuevo|nuestro) cargo de|vacante de|plaza de|oferta|candidatura a|candidatura para|proceso de selección para|proceso de selección de|proceso para|proceso|entrevista(?=\\s+(?:${SPANISH_TITLE_HEADS})\\b)`,
      // "Propuesta – Analista de Datos Sr.": a subject part starting with one is the title.
      heads: SPANISH_TITLE_HEADS,
      stops:
        "porque|pero|ya|afin|cargo|búsqueda|busqueda|cuando|donde|el|la|los|las|un|una|en|para|con|por|a|al|que|es|ha|han|se|lo|le|les|nos|os|me|te|está|están|sigue|será|tu|su|sus|nuestr[oa]s?|como|puesto|posición|vacante|plaza|oferta|candidatura|proceso|entrevista|final|documentación|actualización|sobre|novedades|confirmación",
    },
    legalForms: SPANISH_LEGAL_FORMS,
    unmonitored: words(
      String.raw`\b(?:no (?:respondas|contestes|responda|conteste) (?:a )?este (?:correo|mensaje|email)|generado automáticamente|no se leen las respuestas)`,
    ),
    outgoing: [
      [
        "decline_offer",
        words(String.raw`\b(?:rechazar|declinar|no (?:puedo|podré) aceptar)\b[^.]{0,40}\b(?:oferta|propuesta)\b`),
      ],
      [
        "accept_offer",
        words(String.raw`\b(?:acepto|aceptar) (?:la|vuestra|su|tu) (?:oferta|propuesta)\b|\bencantad[oa] de aceptar\b`),
      ],
      ["withdrawal", words(String.raw`\bretirar mi candidatura\b`)],
      ["extension_request", words(String.raw`\b(?:unos días más|más tiempo|ampliar el plazo)\b`)],
      [
        "thank_you",
        words(
          String.raw`\b(?:muchas )?gracias por (?:la entrevista|el tiempo|la conversación|la reunión|la invitación)\b`,
        ),
      ],
      ["follow_up", words(String.raw`\b(?:novedades|cómo va)\b[^.]{0,40}\b(?:proceso|candidatura)\b`)],
    ],
  };
}
