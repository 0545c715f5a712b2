// Cue tables for the kind classifier (kind.ts): phrases scored per kind over the newest message.
// Broad cues live here; what a sentence does (asks or settles a time, makes or promises an offer)
// is read in kind-signals.ts.

export type Cue = readonly [RegExp, number];

export const REJECTION: Cue[] = [
  [
    /\b(?:decided|decision) (?:not )?to (?:move|moving) forward with (?:other|another|a different) (?:candidates?|applicants?)/i,
    5,
  ],
  [/\bnot (?:to )?(?:be )?(?:moving|move|going) forward with your (?:candidacy|application)/i, 5],
  [/\bdecided not to (?:move forward|proceed|progress|continue)/i, 5],
  // Italian, which has no cue table of its own (Ticino and Italian employers): "abbiamo deciso di
  // proseguire con altri candidati", "non è stata selezionata", "la sua candidatura non è stata
  // accolta".
  [
    /\b(?:abbiamo|è stato) deciso di (?:proseguire|procedere|continuare) con (?:altri|altre|un altro|un'altra) (?:candidat[ie]|profil[io]|candidatura)|\bnon (?:è stat[oa]|siete stat[ie]|sia stat[oa]) (?:selezionat[oa]|accolta|scelt[oa])\b/i,
    5,
  ],
  // The application is the object: "decided not to move your application forward at this stage".
  [
    /\b(?:decided|chosen|elected|opted) not to (?:move|take|progress|advance|put) your (?:application|candidacy|profile) (?:forward|further|ahead)\b/i,
    5,
  ],
  [/\b(?:will|won't|would|are) not be (?:moving|progressing|proceeding|advancing|able to offer)/i, 4],
  // The role goes to someone inside: "decided to fill the Lead Engineer role with an internal candidate".
  [
    /\b(?:decided to |will |chose to |going to )?fill(?:ed|ing)? (?:the|this|that) (?:[\w-]+ ){0,5}(?:role|position|vacancy|opening) (?:internally|with an internal (?:candidate|hire|applicant))\b/i,
    5,
  ],
  [
    /\b(?:won't|will not|aren't|are not) (?:be )?taking (?:any )?(?:external )?(?:applicants|candidates|applications|your (?:application|candidacy)|you) (?:any )?(?:further|forward)\b/i,
    4,
  ],
  // Gentle wording: "has chosen to continue with candidates whose experience lines up more closely".
  [
    /\b(?:chosen|decided|elected|opted) to (?:continue|proceed|move (?:forward|ahead)|go (?:forward|ahead)|progress) with (?:other |another |a different |the )?(?:candidates?|applicants?|profiles?)\b/i,
    5,
  ],
  [/\b(?:not|isn't|wasn't) the (?:news|outcome|answer) you (?:were )?(?:hoping for|wanted)\b/i, 3],
  [/\bwon't be (?:moving|taking) (?:you|your (?:application|candidacy)) forward\b/i, 5],
  // "They won't be moving forward with your application this time" (an agency for its client).
  [
    /\b(?:won't|will not|aren't|are not|isn't|is not) (?:be )?(?:moving|going|proceeding) (?:forward |ahead )?with (?:you\b|your (?:application|candidacy|candidature|profile))/i,
    5,
  ],
  // Someone else got it: "they have decided to go with a candidate who has more ...".
  [
    /\b(?:decided|chosen|chose|opted) to (?:go|proceed|move forward) with (?:a|an|another|one) (?:\w+ )?(?:candidate|applicant)\b/i,
    5,
  ],
  // "We won't be progressing your application to the next stage".
  [
    /\b(?:won't|will not|are not|aren't|shall not) be (?:progressing|advancing|proceeding with|continuing with) (?:you|your (?:application|candidacy|profile))\b/i,
    5,
  ],
  [/\b(?:experience|background|skills?|profiles?) (?:lines? up|aligns?|match(?:es)?) more closely\b/i, 2],
  [/\bregret to (?:inform|let you know)/i, 4],
  // The offer goes elsewhere or cannot be made: "we cannot offer you the position", "decided to
  // offer the role to another candidate".
  [
    /\b(?:cannot|can't|unable to|not (?:be )?able to|won't be able to|not in a position to) (?:make you an? |extend (?:you )?an? )?offer(?: you)?\b|\boffer(?:ed)? (?:the|this) (?:[^.\n]{1,80}? )?(?:role|position|job|post) to (?:another|a different|an internal|someone)\b/i,
    5,
  ],
  [
    /\b(?:position|role|post|vacancy)(?: of [^.\n]{1,60}?)? has (?:now )?been (?:filled|covered internally)\b|\b(?:we|I)(?: will|'ll| have|'ve) (?:now )?closed? your application\b|\b(?:we(?:'ve| have)|they(?:'ve| have)) (?:now )?filled (?:the|this) (?:position|role|post|vacancy|opening)\b/i,
    4,
  ],
  [/\bpursue (?:other|another) candidates?\b/i, 4],
  [/\b(?:not|wasn't|weren't) (?:been )?selected\b/i, 3],
  [/\bunfortunately\b/i, 1.5],
  [/\bother candidates whose (?:experience|background|skills)/i, 3],
  [/\bkeep your (?:information|profile|resume|details) on file\b/i, 1.5],
  [/\bwe(?:'ve| have) (?:decided|chosen) to (?:go|move) (?:with|in) (?:another|a different)/i, 5],
  // The process ends for this candidate: "we are unable to continue with your candidacy".
  [
    /\b(?:unable|not able|cannot|can't|won't be able|no longer able) to (?:continue|proceed|move forward|progress|go further) with (?:you\b|your (?:candidacy|application|candidature|process))/i,
    5,
  ],
  // The search itself ends: "we are closing the search", "the requisition has been cancelled".
  [
    /\b(?:clos(?:e|ing|ed)|cancel(?:l?ed|l?ing)?|withdr[ae]wn?) (?:the|this|our) (?:search|requisition|req|vacancy|opening)\b|\b(?:search|requisition|req|vacancy) (?:has been|is|was) (?:closed|cancel+ed|withdrawn)\b/i,
    3,
  ],
  [/\bnicht (?:weiter )?berücksichtigen|leider\b.*\babsage/i, 4],
  // The candidate's own application closed with the search: "we are closing all applications in
  // progress, including yours", "closing the remaining applications", "sorry to bring your
  // application to an end" (not "applications close on Friday", an advert's deadline).
  [
    /\bclos(?:e|ing|ed) (?:all |every )?(?:open |active |current )?applications?(?: in progress| under review)?,? including yours\b|\bclos(?:e|ing|ed) (?:all )?(?:the )?(?:remaining|other) applications\b|\b(?:bring|brought|bringing) your (?:application|candidacy) to an? (?:end|close)\b/i,
    5,
  ],
];

// "This isn't a no", "your candidacy is still active": the stage pauses but does not end.
export const NOT_REJECTION: Cue[] = [
  [
    /\b(?:this|that|it) (?:is not|isn't) a no\b|\bstill (?:active|in the running|under consideration|in consideration|very much in)\b|\b(?:candidacy|application) (?:is |remains )(?:still )?(?:active|open)\b/i,
    4,
  ],
];

export const OFFER: Cue[] = [
  [
    /\b(?:pleased|delighted|excited|happy|thrilled|like|love|want) to (?:extend |make |offer )(?:you )?(?:an? |the |a formal |a verbal )?(?:offer|you the (?:position|role))/i,
    6,
  ],
  [
    /\b(?:offer you the (?:position|role)|offer of employment|job offer|offer letter|letter of offer|revised offer|your offer|verbal offer|formal offer|offer (?:is|will) (?:attached|expire))\b/i,
    4,
  ],
  [/\bhas (?:sent|extended) you an offer\b/i, 6],
  // An agency relaying the client's answer: "Brightwell have come back with an offer for the role".
  [
    /\b(?:have|has|'ve|'s) (?:now )?come back (?:to us |to me )?with (?:an? |their )?(?:formal |verbal |written )?offer\b/i,
    6,
  ],
  // A third party relaying terms: "They're offering $138,000 base", "offering you the role".
  [/\b(?:are|'re|is) offering (?:you )?(?:[$£€]\s?\d|\d|a base|base)|\boffering you (?:the|a|an)\b/i, 5],
  // "Signal would like to offer you the Senior Backend Engineer role" (not "the chance to interview").
  [
    /\b(?:like|love|want|wants|able|pleased|delighted|excited|happy|thrilled) to offer you (?:the|a|an)\b(?![^.!\n]{0,40}\b(?:chance|opportunity|interview|call|slot|time|place)\b)[^.!\n]{0,80}\b(?:role|position|job)\b/i,
    6,
  ],
  [/\b(?:sign|accept) (?:and return )?(?:your|the) offer\b/i, 3],
  [/\bbase (?:salary|pay)\b.{0,40}\d/i, 2],
  // "Base $176,000": a base figure written without "salary".
  [/\bbase:?\s+(?:of\s+)?[$£€]\s?\d/i, 2],
  // "We'd love to have you join as Senior Data Engineer", "have you join Quillby Labs as our Staff
  // Engineer", "thrilled to welcome you aboard": an offer; "have you join us for a final round" is
  // not (no "as", "aboard" or "to the team").
  [
    /\b(?:love|like|thrilled|delighted|excited|happy|pleased) to (?:have you join|welcome you)(?: us| the team| (?:[A-Z][\w&'-]*\s){1,4}?)?(?: ?as (?:our |a |an |the )?[A-Z]| (?:aboard|on board)\b| to the team\b)/,
    6,
  ],
  // An offer-portal task: "An offer for the position of ... is ready for you to review", "Accept or
  // decline the offer", "review and accept your offer".
  [/\boffer\b[^.!\n]{0,100}\bis (?:now )?ready for you\b/i, 6],
  [
    /\b(?:accept or decline|decline or accept|review and (?:accept|respond to))\b[^.!\n]{0,20}\b(?:the|your) offer\b/i,
    5,
  ],
  // An agency relaying an offer: "X has approved the offer for the ... role", "wants to bring you on".
  [/\b(?:has|have) (?:approved|signed off) (?:the|an|your) offer\b/i, 6],
  [/\b(?:wants?|would like|keen|love|like) to bring you (?:on|aboard|on board|onboard)\b/i, 5],
  // A revised offer: "we have been able to revise the offer", "improve our offer".
  [/\b(?:revise|improve|increase|sweeten|update)d? (?:the|our|your) offer\b/i, 5],
  [/\bsign[- ]on bonus\b/i, 1.5],
  [/\bstart date\b/i, 1],
  [/^(?:re:\s*)?(?:your )?offer\b/i, 2],
  // "we'd like you to join Penhallow Games as Lead Gameplay Engineer" (not "to join us for a call").
  [
    /\b(?:we(?:'d| would)|I(?:'d| would)) (?:like|love) you to join (?:us |the team )?(?:at )?(?:[A-Z][\w&'-]*\s){0,4}as (?:our |a |an |the )?[A-Z]/,
    6,
  ],
  // A portal notice: "You have a new offer to review in the candidate portal".
  [/\byou have (?:a |an )?(?:new )?offer (?:to review|waiting|ready)\b/i, 6],
  // "accept or decline it online" after the offer was named.
  [/\boffer\b[^.!\n]{0,100}\b(?:accept or decline|decline or accept) it\b/i, 4],
  // Italian, which has no cue table of its own (Ticino and Italian employers): "siamo lieti di
  // offrirle la posizione di ...", "offerta di impiego", "lettera d'offerta".
  [
    /\b(?:lieti|felici|liete|contenti) di (?:offrirle|offrirti|proporle|proporti) (?:formalmente )?(?:la posizione|il ruolo|l'incarico|il posto|un contratto|l'assunzione)\b/i,
    6,
  ],
  [
    /\bofferta (?:di impiego|di lavoro|di assunzione|formale)\b|\blettera d['’]offerta\b|\bproposta di assunzione\b/i,
    3,
  ],
  // The offer sent as a letter: "ti inviamo in allegato la nostra proposta di assunzione".
  [
    /\b(?:ti|Le|vi) (?:invio|inviamo|trasmetto|trasmettiamo|allego|alleghiamo) (?:in allegato )?(?:la nostra |la |una )?(?:proposta (?:di assunzione|contrattuale)|lettera d['’](?:offerta|assunzione)|offerta (?:di impiego|di lavoro|di assunzione))\b/i,
    6,
  ],
];

export const NOT_OFFER: Cue[] = [
  [
    /\b(?:cannot|can't|unable to|not (?:be )?able to|won't be able to|not in a position to) (?:make you an? |extend (?:you )?an? )?offer(?: you)?\b|\boffer(?:ed)? (?:the|this) (?:[^.\n]{1,80}? )?(?:role|position|job|post) to (?:another|a different|an internal|someone)\b/i,
    8,
  ],
  [/\b(?:move|moving|advance|invite) you (?:on )?to the (?:final|next|onsite) (?:round|stage|interview)/i, 4],
  [/\b(?:another|other|competing) offer\b/i, 1.5],
  [/\bif (?:you (?:get|receive|have)|anything changes)\b[^.]*\boffer\b/i, 3],
];

export const EXTENSION: Cue[] = [
  [/\b(?:extend|extended|push back|move) (?:your|the) (?:deadline|decision date)\b/i, 6],
  [
    /\b(?:push|move|shift)(?:ed)? (?:your|the) (?:deadline|decision date|decision deadline|response date) (?:out|back)\b/i,
    6,
  ],
  [/\b(?:happy to|can) give you (?:until|more time)\b/i, 5],
  [/\bextension\b.{0,40}\b(?:granted|approved|fine|no problem)\b/i, 5],
];

export const SCHEDULED: Cue[] = [
  // "I've locked in: Thursday 23 April, 1:00pm": the writer has fixed the slot.
  [/\b(?:I|we)(?:'ve| have) (?:now )?(?:locked|booked|pencilled|penciled) (?:you )?in\b/i, 4],
  // "The Teams link will follow in a separate calendar invite": the time is set, its invite comes.
  [
    /\b(?:link|invite|invitation|details)\b[^.\n]{0,40}\b(?:follows?|will follow|to follow)\b[^.\n]{0,30}\bseparate calendar (?:invite|invitation|hold)\b/i,
    6,
  ],
  // An Outlook meeting sent as mail: its "When:" row (a day and a clock time) over a "Where:" row.
  [/^[ \t]*When:[^\n]*\d{1,2}[:.]\d{2}[^\n]*\n[ \t]*Where:/im, 5],
  [/\b(?:is|are|has been|have been|you're|you are) (?:now )?(?:confirmed|scheduled|booked)\b/i, 4],
  [
    /\b(?:interview|screen|call|onsite|on-site|session|meeting|conversation) (?:confirmation|confirmed|is scheduled|has been scheduled|details|is booked)\b/i,
    4,
  ],
  [
    /\byou(?:'re| are) (?:all set|booked in|locked in) for\b|\b(?:is|are) (?:locked|booked) in\b|\byou(?:'re| are) (?:booked|locked) in\b/i,
    4,
  ],
  // "We are pleased to confirm your interview", "Confirming your panel interview for ...".
  [
    /\b(?:(?:pleased|happy|glad|writing|delighted) to confirm|confirming) (?:your|the) (?:[\w-]+ ){0,2}(?:interview|call|screen|onsite|on-site|meeting|conversation|session)\b/i,
    4,
  ],
  // A confirmed slot moved to another: "We've moved your final interview to Friday 8 May at 2.30pm".
  [
    /\b(?:moved|rescheduled|changed|shifted) (?:your|the) (?:[\w-]+ ){0,2}(?:interview|call|screen|onsite|on-site|meeting|conversation) to\b/i,
    4,
  ],
  // A booked slot moved by a new time: "Could we push our chat to 9:30am instead of 9:00?".
  [
    /\b(?:push|move|shift|bump)(?:ed)? (?:our|your|the) (?:[\w-]+ ){0,2}(?:interview|call|chat|screen|meeting|conversation|catch-up) (?:back |forward )?to\b[^.?!\n]{0,40}\binstead of\b/i,
    4,
  ],
  // The employer taking the slot the candidate proposed: "Tuesday the 5th at 10:00 works well for us".
  [
    /\b(?:that|this|it|\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?) (?:works|suits) (?:well |fine |great |perfectly )?for (?:us|me|the team|the panel|everyone)\b/i,
    3,
  ],
  [/\bscheduled (?:as below|for)\b/i, 3],
  // Italian, which has no cue table of its own: "Le confermo il colloquio per giovedì alle 11:30",
  // "Conferma colloquio", "il colloquio è confermato".
  [
    /\b(?:le|ti|vi|Le|Vi) confermo (?:il|l'|l’)\s?(?:colloquio|appuntamento|incontro)\b|\bconferma (?:del )?(?:colloquio|appuntamento)\b|\b(?:colloquio|appuntamento|incontro) (?:è )?confermato\b/i,
    4,
  ],
  // An ATS notice that a booked slot moved: "Your interview ... has been moved to a new time",
  // then a "New time" row.
  [
    /\b(?:has been|have been|was|is|were) (?:moved|rescheduled|changed) to (?:a |the )?(?:new|another|different|later|earlier) (?:time|date|slot|day)\b/i,
    4,
  ],
  [/^[ \t]*New (?:time|date|slot)[ \t]*(?::|\t)/im, 2],
  // A labelled slot with a day and a clock time: "Round 3 - final interview: Tuesday, March 16 at
  // 10:00 AM ET" (a choice is asked, not labelled: "would Tuesday at 10 work?").
  [
    /\b(?:interview|screen|onsite|on-site|panel)\s*:\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? [^\n?]{0,30}?\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b(?![^\n]{0,40}\b(?:or|either)\b)/i,
    4,
  ],
  // A reminder of a booked slot: "a friendly reminder about your interview tomorrow".
  [
    /\breminder(?: about| of| for|:)? (?:your|the) (?:upcoming )?(?:[\w-]+ ){0,2}(?:interview|call|screen|onsite|on-site|meeting|conversation)\b|\byour (?:[\w-]+ ){0,2}interview (?:is )?(?:tomorrow|today)\b/i,
    4,
  ],
  // A person booking the slot themselves: "I've booked you in for next Wednesday at 10".
  [/\b(?:I|we)(?:'ve| have) (?:booked|scheduled|pencil+ed|put) you in\b/i, 4],
  // Onsite loops arrive as a schedule of sessions rather than one confirmed time.
  [
    /\b(?:here is|here's|below is|attached is) your (?:interview |onsite |on-site |final[- ]round )?(?:schedule|itinerary|agenda)\b|\byour (?:onsite|on-site|interview) (?:schedule|itinerary|agenda)\b/i,
    4,
  ],
  [/^\s*(?:When|Date|Time|Date\/Time)\s*:/im, 1.5],
  [/\bcalendar (?:invitation|invite|hold) (?:is attached|attached|to follow|from)\b/i, 1.5],
  [/\bjoin (?:link|url|the meeting)\b|\bmeeting id\b/i, 1],
  [/\bsee you (?:on|then|soon|tomorrow|next)\b/i, 1],
];

export const INVITE: Cue[] = [
  [/\b(?:share|send|submit|provide)(?: over| along| across)? (?:us |me )?(?:your|some) availability\b/i, 5],
  [/\b(?:move|advance|invite|bring) you (?:on )?to the (?:final|next|onsite|second|third) (?:round|stage|step)\b/i, 4],
  [
    /\bwhat (?:days|times) (?:would )?work (?:best )?for you\b|\bwhen (?:are|would) you (?:be )?(?:free|available)\b/i,
    4,
  ],
  [/\b(?:pick|choose|select|book|find|grab) (?:a|an|any) (?:open |free |available |convenient )?(?:time|slot)\b/i, 4],
  // "Please pop a time in my calendar", "drop some time on my diary".
  [/\b(?:pop|put|drop|grab|book) (?:a |some )?time (?:in|on|into) (?:my|our) (?:calendar|diary)\b/i, 4],
  // A booking link is an invitation to pick a time (a bare "Calendly.com" footer has no path).
  [/\b(?:calendly\.com|cal\.com|savvycal\.com|youcanbook\.me)\/[\w-]+/i, 3],
  [
    /\b(?:let (?:me|us) know|tell (?:me|us)) which (?:one |slot |time |option |of these |of those )?(?:works|suits|would work)\b/i,
    4,
  ],
  [/\bthe following (?:time ?)?(?:slots|times|dates)\b/i, 3],
  [
    /\bsend (?:me|us|over) (?:two or three|two|three|a few|some|a couple of|2-3|2 or 3) (?:times|dates|days|half-days|slots|windows|options)\b/i,
    4,
  ],
  [
    /\b(?:bring|have|invite) you (?:in |back |on-?site )?(?:to|for) (?:the |a |an |your )?(?:final|next|second|third|panel)\b/i,
    3,
  ],
  // One-way video interviews (HireVue and the like) have a completion deadline, never a start.
  [
    /\binvited you to (?:complete|take|record)\b|\bcomplete (?:your|an|the) (?:on-demand |one-way |video |recorded |online )+(?:interview|assessment)\b/i,
    4,
  ],
  [/\bschedule (?:your|an|a|the) (?:interview|call|conversation|chat|phone screen)\b/i, 4],
  [
    /\b(?:would|will|could|do|does) (?:any|one|either) of (?:these|those|the following|them) (?:times |slots |dates |options )?work\b/i,
    5,
  ],
  [/\breply with (?:the|your) (?:one|slot|time|option|choice)\b|\b(?:the one|whichever) you prefer\b/i, 4],
  [
    /\b(?:like|love|want) to (?:invite you|bring you back|schedule|set up|move forward with an?|continue the conversation)\b/i,
    3,
  ],
  [/\binvite you (?:to|for)\b/i, 3],
  [/\b(?:self-schedul|availability|let (?:us|me) know when you(?:'re| are) (?:available|free))/i, 2],
  [/\binterview invitation\b/i, 3],
  // "Let me know two slots within those windows that suit you", "would like a 45-minute video call".
  [/\b(?:let (?:me|us) know|send (?:me|us)) (?:two|three|a few|some|a couple of|\d) (?:slots|times|options)\b/i, 4],
  [
    /\bwould like (?:a|to have a|to set up a) (?:\d+[- ]minute |short |quick |brief )?(?:video |phone |intro )?(?:call|chat|interview|conversation)\b/i,
    3,
  ],
  // "select the times that work for you", "let me know what works": the candidate picks the time.
  [
    /\b(?:select|pick|choose|book|share|send)\b[^.\n]{0,30}\b(?:times?|slots?|dates?|days?) that (?:work|suit)s?\b|\blet (?:me|us) know what (?:time |day |slot )?(?:works|suits)\b/i,
    4,
  ],
  [/\bare you (?:free|available)\b/i, 3],
  [/\b(?:like|love|want|keen) to (?:interview|meet|speak with|talk to) you\b/i, 3],
];

export const UPDATE: Cue[] = [
  // The candidate's times are in and the employer will pick one: "We have received the following
  // times", "Thanks for sharing your availability ... we will confirm a time".
  [
    /\b(?:we(?:'ve| have)? received|thanks? (?:you )?for (?:sharing|sending|submitting)) (?:your availability|the following (?:times|slots)|your (?:preferred )?(?:times|slots))\b/i,
    5,
  ],
  [/\b(?:will|'ll) confirm (?:a|the|one|your) (?:time|slot)\b/i, 3],
  [/\byou (?:do not|don't) need to do anything(?: else)?(?: (?:for now|yet|right now|at this (?:stage|point)))?\b/i, 4],
  [/\b(?:decision|an answer|feedback|update) (?:for you |from (?:us|me|the team) )?(?:by|within|before)\b/i, 3],
  [/\b(?:make|made|making) (?:the|a|our) (?:final )?(?:call|decision)\b|\bweighing (?:the|our|both)\b/i, 2],
  [/\b(?:get|come) back to you\b|\bkeep you (?:posted|updated)\b|\blet you know\b|\bbe in touch\b/i, 2],
  [/\breferences?\b/i, 2],
  [/\bnext steps?\b/i, 1.5],
  // A cancelled or coming slot whose times the writer will bring: "I'll come back to you early next
  // week with new options".
  [
    /\b(?:come|get) back to you\b[^.\n]{0,40}\bwith (?:new|other|some|alternative|fresh) (?:options|times|slots|dates)\b/i,
    3,
  ],
  [/\b(?:delay|delayed|taking longer|still reviewing|on hold|paused)\b/i, 2],
  [/\b(?:background check|onboarding)\b/i, 1],
  // The employer will propose the times; the candidate has nothing to pick or send yet.
  [
    /\bnothing (?:you need|for you|you have) to do (?:yet|for now|right now|at this (?:stage|point))\b|\b(?:no action (?:is )?needed|nothing to do) (?:from you |on your (?:side|end) )?(?:yet|for now)\b|\bnothing (?:(?:is )?needed|required) (?:from you|on your (?:side|end))(?: (?:yet|for now|right now|at this (?:stage|point)))?\b/i,
    4,
  ],
  [
    /\b(?:I|we|(?:our|the) (?:coordinator|scheduler|scheduling team|recruiter|team|assistant))(?:'ll| will) (?:send|share|propose|suggest)(?: through| over| across| along)? (?:you )?(?:a couple of |a few |some |two or three |)(?:time |date |slot )?(?:times|slots|options|dates)\b/i,
    4,
  ],
];

// An acknowledgement of the candidate's own application is process mail (update) even when it
// arrives with a bulk sender's unsubscribe footer.
export const APPLICATION_RECEIVED: Cue[] = [
  [
    /\b(?:we(?:'ve| have) (?:received|got) your application|thank you for (?:applying|submitting your application|your application)|your application (?:for|to) [^.\n]{1,100} (?:has been|was) (?:received|submitted))\b/i,
    5,
  ],
];

// A recruiter's cold pitch for a client they will not name yet: no process with any employer
// (kind other), though the pitch names a role and a person to answer.
export const COLD_PITCH: Cue[] = [
  [
    /\b(?:came across|found|saw|noticed|was impressed by) your (?:profile|portfolio|CV|resume|background|LinkedIn)\b/i,
    3,
  ],
  [
    /\b(?:can|could|will|happy to) share (?:the|their) (?:company(?:'s)? )?name\b|\b(?:unnamed|confidential|stealth) client\b|\bclient (?:I|we) can(?:'t|not) (?:yet )?name\b|\b(?:share|tell you|say) more (?:details? )?(?:about|on) (?:the|my|our) client\b/i,
    3,
  ],
];

// Unsolicited outreach by an employer's own recruiter: read as a pitch only when the owner's note
// sets the mail aside ("not applying"); otherwise an employer's sourcer with a booking link invites.
export const OUTREACH: Cue[] = [
  // What the owner did in public brought them to the sender: "I came across your talk on ...", "read
  // your post about ...", "saw your repo".
  [
    /\b(?:came across|found|saw|noticed|read|watched|enjoyed|listened to) your (?:recent )?(?:talk|post|blog(?: post)?|article|paper|write-?up|thread|repo(?:sitory)?|GitHub|open[- ]source work|podcast|presentation)\b/i,
    3,
  ],
  // The sender hires on their own account and asks for no application: "I'm hiring for a Staff
  // Engineer", "No application needed", "you don't need to apply".
  [
    /\b(?:I'm|I am|we're|we are) (?:currently )?(?:hiring|recruiting|searching) for an? \b|\bno (?:application|CV|resume) (?:needed|required|necessary)\b|\b(?:you )?(?:don't|do not|won't) need to apply\b/i,
    2,
  ],
  [
    /\b(?:wanted|want) to reach out (?:directly|personally)\b|\breaching out (?:directly|out of the blue)\b|\bcold (?:email|note|message)\b/i,
    1,
  ],
];

// Bulk and unrelated mail: digests, newsletters, receipts.
export const OTHER: Cue[] = [
  [/\bnew jobs? (?:match|for you)|\bjob alert\b|\bjobs you may be interested in\b|\brecommended jobs\b/i, 5],
  [
    /\byou(?:'re| are) receiving this\b|\byou received this (?:e-?mail|message|alert|notification) because\b|\bsubscribed\b|\bview (?:it )?in (?:your )?browser\b|\bmanage (?:alerts|preferences|subscriptions?)\b/i,
    3,
  ],
  [/\bunsubscribe\b/i, 2],
  [/\bissue #\d+|\bnewsletter\b|\bwebinar\b|\bsave your seat\b/i, 2],
  // A newsletter or a digest: "In this issue" (also "dans ce numéro", "in dieser Ausgabe"), "this week's edition", "Top stories", "Thanks for
  // reading", "You're getting this because you signed up" (not "because you applied").
  [
    /\bdans ce numéro|\bin dieser Ausgabe\b|\ben este número|\bnesta edição|\bin deze editie\b|\bin this (?:issue|edition)\b|\bthis (?:week's|month's) (?:issue|edition)\b|\b(?:weekly|monthly|daily) (?:digest|roundup|round-up|newsletter)\b|\btop stories\b/i,
    3,
  ],
  [
    /\bthanks for reading\b|\bread (?:it |more |this issue )?online\b|\bforward (?:this|it) to a friend\b|\byou(?:'re| are) getting this (?:e-?mail )?because (?!you applied|of your application)|\byou signed up (?:at|for|on|to)\b/i,
    3,
  ],
  // Selling a seat: a course, bootcamp or event asks the reader to register or pay.
  [
    /\b(?:reserve|save|book|claim) (?:your|a) (?:seat|spot|place)\b|\bregister (?:now|today|here|anyway)\b|\bearly[- ]bird\b|\bpromo code\b/i,
    3,
  ],
  [/\b(?:live )?cohort\b|\bbootcamp\b/i, 2],
  // A seat at an event already taken: "You're registered for Careers in MedTech", "Doors open at
  // 18:00", "Bring your ticket on your phone".
  [/\byou(?:'re| are) (?:now )?registered for\b|\byour registration (?:for|is confirmed)\b/i, 3],
  [/\bdoors open at\b|\b(?:bring|show) your (?:e-?)?tickets?\b/i, 2],
  [/\b(?:receipt|order (?:number|confirmation)|invoice|your (?:order|purchase|subscription))\b/i, 3],
  [/\b(?:total|subtotal|amount (?:paid|due)|paid)\b[^\n]{0,40}[$£€]\s?\d/i, 2],
  [/\b(?:visa|mastercard|amex|card|paypal) (?:ending|ending in|\*{2,})\s?\d{4}\b|\bpayment method\b/i, 2],
];
