/**
 * French attribution lexicon: reporting verbs (by lemma, with the inflected forms news prose
 * uses), "according to" phrases, nouns naming unnamed sources, titles, and speaker-type cues.
 * The algorithm in src/attribution/ reads these; nothing here is article-specific.
 */
import type { AttributionLexicon, SayingAdjuncts } from '../../attribution/lexicon.js';
import { FRENCH_MONTH_NAMES, FRENCH_WEEKDAYS } from './time.js';

const MONTH = `(?:${Object.keys(FRENCH_MONTH_NAMES).join('|')})`;
const WEEKDAY = `(?:${Object.keys(FRENCH_WEEKDAYS).join('|')})`;
// The medium of a saying, as well as its occasion: "sur son compte Twitter", "au micro de France Inter", "dans les colonnes du Monde",
// "lors d'une conférence de presse".
const MEDIUM = `(?:au\\s+micro\\s+d|sur\\s+(?:le\\s+plateau\\s+d|l['’]antenne\\s+d|(?:son|sa|leur)\\s+(?:compte|page|blog|site)(?![\\p{L}\\p{N}]))|dans\\s+les\\s+colonnes\\s+d)`;
const OCCASION = `(?:(?:(?:dans|par|lors\\s+de)\\s+|lors\\s+d['’]\\s*)(?:un|une|son|sa|leur|ce|cette)\\s+(?:communiqué|verdict|arrêt|jugement|discours|allocution|entretien|interview|message|tweet|lettre|courrier|déclaration|conférence|testament)(?![\\p{L}\\p{N}])|${MEDIUM})`;

// "quelques minutes avant de passer à l'acte", "quelques jours plus tôt": when something was said, relative to another event.
const SPAN_BEFORE_OR_AFTER = `quelques\\s+(?:minutes|heures|jours|semaines|mois|années)\\s+(?:avant|après|plus\\s+tôt|plus\\s+tard)`;

const SAYING_ADJUNCTS: SayingAdjuncts = {
  frontedTime: new RegExp(`^(?:le|la|l'|l’|ce|cette)\\s*(?:\\d{1,2}(?:er)?\\s+${MONTH}|jour|lendemain|veille|${WEEKDAY}|matin|soir|après-midi|semaine|mois|année)(?![\\p{L}-])`, 'u'),
  // "le 6 novembre 2016", "en novembre 2016", "fin janvier", "en 2015", "le soir même", "la veille", "dans le même temps", "ce week-end", "ce mois-ci", "ce mercredi
  // 27 septembre 2017", and a date set off by commas after a weekday ("a reconnu, mardi 24 janvier, non conforme …"); the content may open with a number
  // ("a annoncé ce mois-ci 331 millions d'euros de coupes").
  leadingDate: new RegExp(`^(?:${SPAN_BEFORE_OR_AFTER}|(?:fin|début|mi-)\\s*${MONTH}(?:\\s+\\d{4})?|dans\\s+le\\s+même\\s+temps|le\\s+\\d{1,2}(?:er)?\\s+${MONTH}(?:\\s+\\d{4})?|en\\s+${MONTH}(?:\\s+\\d{4})?|en\\s+\\d{4}|le\\s+(?:soir|jour)\\s+même|le\\s+lendemain|la\\s+veille|(?:ce|cette)\\s+(?:week-end|${WEEKDAY}(?:\\s+\\d{1,2}(?:er)?\\s+${MONTH}(?:\\s+\\d{4})?)?|matin|soir|semaine|mois[\\s-]ci|année)|\\d{1,2}(?:er)?\\s+${MONTH}(?:\\s+\\d{4})?\\s*,)\\s+(?=[\\p{L}\\p{N}«])`, 'u'),
  // "a annoncé dans un communiqué publié sur son site officiel sa volonté de …": the occasion may carry a participle and its place.
  leadingOccasion: new RegExp(`^${OCCASION}(?:\\s+\\p{L}+ée?s?\\s+(?:sur|dans|par)\\s+(?:son|sa|ses|leur|leurs|le|la|les|l['’])\\s*\\p{L}+(?:\\s+\\p{Ll}+)?)?\\s+(?=(?:le|la|les|un|une|des|du|son|sa|ses|leur|leurs|que|qu['’]|l['’])\\s*[\\p{L}«]|«)`, 'u'),
  trailingTime: new RegExp(`,?\\s+(?:${SPAN_BEFORE_OR_AFTER}|(?:lors|durant|pendant|depuis|dès)\\s|(?:ce|cette)\\s+(?:${WEEKDAY}|matin|soir|semaine)\\b)`, 'u'),
  trailingOccasion: new RegExp(`,?\\s+(?:à\\s+l['’]occasion\\s+d|${OCCASION})`, 'u'),
  cause: /^\s+(?:à\s+la\s+suite\s+d|suite\s+à|en\s+raison\s+d|à\s+cause\s+d)/u,
};

/**
 * Reporting verbs. Forms: 3rd person present sg/pl, past participle, imperfect sg/pl,
 * present participle, simple future, passé simple. Stance says how the speaker relates to
 * the content.
 */
const VERBS: AttributionLexicon['verbs'] = [
  // "a déclaré l'état d'urgence" declares nothing anyone said: a clause, a quotation, an infinitive or an inverted speaker is needed.
  { forms: 'déclarer déclare déclarent déclaré déclarée déclarait déclaraient déclarant déclarera déclara', stance: 'asserts', reflexive: true, needsContext: true, takesInfinitive: true, complements: ['que', 'qu\'', 'qu’', ':', '«'] },
  { forms: 'affirmer affirme affirment affirmé affirmée affirmait affirmaient affirmant affirmera affirma', stance: 'asserts' },
  // "assure que …", "assure avoir …"; "pour assurer le « redressement national »" ensures.
  { forms: 'assurer assure assurent assuré assurait assuraient assurant assura', stance: 'asserts', needsContext: true, takesInfinitive: true, complements: ['que', 'qu\'', 'qu’', ':'] },
  { forms: 'annoncer annonce annoncent annoncé annoncée annonçait annonçaient annonçant annoncera annonça', stance: 'asserts' },
  { forms: 'indiquer indique indiquent indiqué indiquait indiquaient indiquant indiqua', stance: 'reports' },
  { forms: 'préciser précise précisent précisé précisait précisaient précisant précisa', stance: 'reports' },
  { forms: 'expliquer explique expliquent expliqué expliquait expliquaient expliquant expliqua', stance: 'reports' },
  // "ajoute que …", "« … », ajoute-t-il"; "Si on ajoute les demandeurs d'emploi …" adds them up.
  { forms: 'ajouter ajoute ajoutent ajouté ajoutait ajoutaient ajoutant ajouta', stance: 'reports', needsContext: true, complements: ['que', 'qu\'', 'qu’', ':', '«'] },
  { forms: 'rajouter rajoute rajoutent rajouté rajoutait rajoutaient rajoutant rajouta', stance: 'reports' },
  { forms: 'souligner souligne soulignent souligné soulignait soulignaient soulignant souligna', stance: 'asserts' },
  { forms: 'noter note notent noté notait notaient notant nota', stance: 'reports', needsContext: true },
  { forms: 'estimer estime estiment estimé estimait estimaient estimant estima', stance: 'asserts' },
  { forms: 'juger juge jugent jugé jugeait jugeaient jugeant', stance: 'asserts', needsContext: true, bareAttribute: true },
  { forms: 'considérer considère considèrent considéré considérait considérant', stance: 'asserts', needsContext: true, complements: ['que', 'qu\'', 'qu’', 'comme', ':', '«'] },
  { forms: 'dire dit disent disait disaient disant dira', stance: 'reports' },
  { forms: 'rapporter rapporte rapportent rapporté rapportait rapportaient rapportant rapporta', stance: 'reports' },
  { forms: 'raconter raconte racontent raconté racontait racontant raconta', stance: 'reports' },
  { forms: 'confirmer confirme confirment confirmé confirmait confirmant confirma', stance: 'acknowledges' },
  { forms: 'reconnaître reconnaît reconnait reconnaissent reconnu reconnue reconnaissait reconnaissant reconnut', stance: 'acknowledges' },
  { forms: 'admettre admet admettent admis admettait admettant admit', stance: 'acknowledges' },
  { forms: 'démentir dément démentent démenti démentait démentant démentit', stance: 'denies' },
  { forms: 'nier nie nient nié niait niant nia', stance: 'denies' },
  { forms: 'rejeter rejette rejettent rejeté rejetait rejetaient rejetant', stance: 'denies' },
  { forms: 'contester conteste contestent contesté contestée contestait contestant contesta', stance: 'disputes' },
  { forms: 'réfuter réfute réfutent réfuté réfutait réfutant', stance: 'disputes' },
  { forms: 'appeler appelle appellent appelé appelait appelaient appelant appela', stance: 'asserts', needsContext: true, complements: ['à', 'au', 'aux', ':', '«'] },
  { forms: 'demander demande demandent demandé demandait demandaient demandant demanda', stance: 'asserts' },
  { forms: 'réclamer réclame réclament réclamé réclamait réclamant réclama', stance: 'asserts' },
  { forms: 'exiger exige exigent exigé exigeait exigeant exigea', stance: 'asserts' },
  { forms: 'avertir avertit avertissent averti avertissait avertissant', stance: 'asserts' },
  // "a prévenu de troubles" warns; "afin de prévenir des contaminations" prevents.
  { forms: 'prévenir prévient préviennent prévenu prévenait prévenant', stance: 'asserts', needsContext: true, complements: ['que', 'qu\'', 'qu’', 'de', 'd\'', 'd’', ':', '«'] },
  // "menace d'utiliser l'article 155" threatens; "menace la route reliant la ville à l'aéroport" is an act.
  { forms: 'menacer menace menacent menacé menaçait menaçant', stance: 'asserts', needsContext: true, complements: ['de', 'd\'', 'd’', 'que', 'qu\'', 'qu’', ':', '«'] },
  { forms: 'dénoncer dénonce dénoncent dénoncé dénonçait dénonçant dénonça', stance: 'disputes' },
  { forms: 'décrier décrie décrient décrié décriait décriant', stance: 'disputes' },
  { forms: 'récuser récuse récusent récusé récusait récusant', stance: 'denies' },
  { forms: 'fustiger fustige fustigent fustigé fustigeait fustigeant', stance: 'disputes' },
  // "a avancé que …" puts a claim forward; "a avancé la date" moves it.
  { forms: 'avancer avance avancent avancé avançait', stance: 'asserts', needsContext: true, complements: ['que', 'qu\'', 'qu’'] },
  { forms: 'prédire prédit prédisent prédisait prédisant', stance: 'asserts' },
  // A ruling reports its clause ("la justice a décidé que les restes …"); "a décidé de relancer" is an act.
  { forms: 'décider décide décident décidé décidait décidaient', stance: 'asserts', needsContext: true, complements: ['que', 'qu\'', 'qu’'] },
  { forms: 'prier prie prient prié priait priaient', stance: 'asserts', needsContext: true, complements: ['de', 'd\'', 'd’'] },
  { forms: 'désirer désire désirent désiré désirait désiraient', stance: 'asserts' },
  { forms: 'accuser accuse accusent accusé accusait accusant accusa', stance: 'disputes', needsContext: true, agentlessPassive: true },
  // "ont condamné les attentats": a condemnation of something named; a sentence ("condamné à six ans") is no statement.
  { forms: 'condamner condamne condamnent condamné condamnait condamnant', stance: 'disputes', needsContext: true, complements: ['que', 'qu\'', 'qu’', ':', '«', 'le', 'la', 'les', 'l\'', 'l’', 'ce', 'cet', 'cette', 'ces', 'un', 'une', 'des', 'son', 'sa', 'ses', 'leur', 'leurs'] },
  { forms: 'promettre promet promettent promis promettait promettant promit', stance: 'asserts' },
  { forms: 'révéler révèle révèlent révélé révélait révélant révéla', stance: 'reports' },
  { forms: 'signaler signale signalent signalé signalait signalant signala', stance: 'reports' },
  { forms: 'répondre répond répondent répondu répondait répondant répondit', stance: 'reports', needsContext: true, complements: ['que', 'qu\'', 'qu’', ':', '«'] },
  { forms: 'insister insiste insistent insisté insistait insistant', stance: 'asserts' },
  { forms: 'rappeler rappelle rappellent rappelé rappelait rappelant rappela', stance: 'reports', needsContext: true, complements: ['que', 'qu\'', 'qu’', ':', '«'] },
  { forms: 'commenter commente commentent commenté commentait commentant', stance: 'reports' },
  { forms: 'écrire écrit écrivent écrivait écrivant écrivit', stance: 'reports' },
  // Both spellings are in use; the infinitive "twitter" is left out, it is mostly the network's name.
  { forms: 'tweeter tweeté tweete tweetent twitté twitte twittent', stance: 'reports' },
  { forms: 's\'exclamer exclamé', stance: 'asserts', reflexive: true },
  // "s'est adressé aux politiques : « … »": addressing someone reports only the quotation that follows.
  { forms: 's\'adresser adresse adressent adressé adressée adressait adressant', stance: 'reports', reflexive: true, needsContext: true, complements: [':', '«'] },
  { forms: 'marteler martèle martèlent martelé', stance: 'asserts' },
  { forms: 'lancer lance lancent lancé', stance: 'reports', needsContext: true, complements: [':', '«'] },
  { forms: 'poursuivre poursuit poursuivent', stance: 'reports', needsContext: true, complements: [':', '«'] },
  // "« … », continue-t-il": going on speaking, inverted after a quotation or before a colon.
  { forms: 'continuer continue continuent', stance: 'reports', needsContext: true, complements: [':', '«'] },
  { forms: 'conclure conclut concluent conclu', stance: 'reports', needsContext: true },
  { forms: 'regretter regrette regrettent regretté', stance: 'asserts' },
  // "a réagi à l'annonce européenne : « … »": a reaction reports the quotation it introduces; "a réagi trop tard" is an act.
  { forms: 'réagir réagit réagissent réagi réagissait réagissaient', stance: 'reports', needsContext: true, complements: [':', '«'] },
  // "« … », tempère l'agence" qualifies a statement; "tempérer les ardeurs" is an act.
  { forms: 'tempérer tempère tempèrent tempéré tempérait tempérant', stance: 'reports', needsContext: true, complements: ['que', 'qu\'', 'qu’', ':', '«'] },
  { forms: 'espérer espère espèrent espéré espérait espéraient espérant', stance: 'asserts', needsContext: true },
  // "« … », a-t-il communiqué", "justifie, dans un communiqué, que « … »", "justifie cette décision par …", "« … », se défend le
  // groupe"; "communiquer avec", "justifier une dépense", "défendre la ville" are acts.
  { forms: 'communiquer communique communiquent communiqué communiquait', stance: 'reports', needsContext: true, complements: ['que', 'qu\'', 'qu’', ':', '«'] },
  { forms: 'justifier justifie justifient justifié justifiait justifiant', stance: 'asserts', needsContext: true, complements: ['que', 'qu\'', 'qu’', ':', '«', 'par'] },
  { forms: 'défendre défend défendent défendu défendait défendant', stance: 'disputes', reflexive: true, needsContext: true, complements: ['que', 'qu\'', 'qu’', ':', '«'] },
  { forms: 'revendiquer revendique revendiquent revendiqué', stance: 'asserts' },
  // "a publié un communiqué", "une étude publiée par la revue …" name a document, which may be a source, not a statement: only a
  // quotation or a colon right after it is what was published.
  { forms: 'publier publie publient publié', stance: 'reports', needsContext: true, complements: [':', '«'] },
  { forms: 'penser pense pensent pensait pensaient', stance: 'asserts', needsContext: true, complements: ['que', 'qu\'', 'qu’'] },
  { forms: 'croire croit croient croyait', stance: 'asserts', needsContext: true, complements: ['que', 'qu\'', 'qu’'] },
  { forms: 'critiquer critique critiquent critiqué critiquait critiquant critiqua', stance: 'disputes' },
  { forms: 'féliciter félicite félicitent félicité félicitée félicitait félicitant', stance: 'asserts' },
  { forms: 'saluer salue saluent salué saluait saluant', stance: 'asserts' },
  { forms: 'inviter invite invitent invité invitait invitant', stance: 'asserts', needsContext: true, complements: ['à'] },
  { forms: 'exhorter exhorte exhortent exhorté', stance: 'asserts' },
  // "on soupçonne l'État islamique d'être responsable", "On soupçonne un acte terroriste", "on soupçonne que c'est …": investigators'
  // suspicion. The agentless participle ("arrêtés, soupçonnés d'avoir divulgué les sujets") is a legal status, like "mis en examen pour".
  { forms: 'soupçonner soupçonne soupçonnent soupçonné soupçonnait', stance: 'asserts', needsContext: true, complements: ['de', 'd\'', 'd’', 'que', 'qu\'', 'qu’', 'le', 'la', 'les', 'l\'', 'l’', 'un', 'une', 'des'] },
  { forms: 'qualifier qualifie qualifient qualifié', stance: 'asserts', needsContext: true, complements: ['de', 'd\'', 'd’'], agentlessPassive: true },
  { forms: 'plaider plaide plaident plaidé', stance: 'asserts' },
  // Advocacy and vows ("préconise de « s'attaquer à la pauvreté »", "a juré la perte du gouvernement").
  { forms: 'préconiser préconise préconisent préconisé préconisait préconisaient préconisant', stance: 'asserts' },
  { forms: 'jurer jure jurent juré jurait juraient jurant', stance: 'asserts' },
  // "les résultats suggèrent que …", "a suggéré de …"; "suggère une piste" names no claim.
  { forms: 'suggérer suggère suggèrent suggéré suggérait suggéraient suggérant', stance: 'asserts', needsContext: true, complements: ['que', 'qu\'', 'qu’', 'de', 'd\'', 'd’'] },
  // "a diffusé quelques-unes des déclarations de l'émir" broadcasts what someone else said: only a quotation is its own content.
  { forms: 'diffuser diffuse diffusent diffusé diffusées diffusés', stance: 'reports', needsContext: true, complements: [':', '«'] },
  { forms: 'souhaiter souhaite souhaitent souhaité souhaitait souhaitaient souhaitant souhaiterait souhaiteraient', stance: 'asserts' },
  { forms: 'envisager envisage envisagent envisagé envisageait envisageaient envisageant', stance: 'asserts' },
  { forms: 'compter compte comptent comptait comptaient', stance: 'asserts', needsContext: true, takesInfinitive: true, complements: [] },
  { forms: 'veut veulent voulait voulaient voulu voudrait voudraient', stance: 'asserts', needsContext: true, takesInfinitive: true, complements: ['que', 'qu\'', 'qu’', '«'] },
  { forms: 'reprocher reproche reprochent reproché reprochait reprochaient reprochant', stance: 'disputes' },
  { forms: 'déplorer déplore déplorent déploré déplorait déploraient déplorant', stance: 'disputes' },
  { forms: 'ordonner ordonne ordonnent ordonné ordonnait ordonnaient ordonnant', stance: 'asserts' },
  { forms: 'recommander recommande recommandent recommandé recommandait recommandaient recommandant', stance: 'asserts' },
  { forms: 'réaffirmer réaffirme réaffirment réaffirmé réaffirmait réaffirmaient réaffirmant', stance: 'asserts' },
  { forms: 'prétendre prétend prétendent prétendu prétendait prétendaient prétendant', stance: 'asserts' },
  { forms: 'arguer argue arguent argué arguait arguant', stance: 'asserts' },
  { forms: 'avouer avoue avouent avoué avouait avouaient avouant', stance: 'acknowledges' },
  { forms: 'concéder concède concèdent concédé concédait concédaient concédant', stance: 'acknowledges', needsContext: true, takesInfinitive: true, complements: ['que', 'qu\'', 'qu’'] },
  { forms: 'évoquer évoque évoquent évoqué évoquait évoquaient évoquant', stance: 'reports' },
  { forms: 'décrire décrit décrivent décrivait décrivaient décrivant', stance: 'reports', needsContext: true, complements: ['comme', ':', '«'] },
  { forms: 'confier confie confient confié confiait confiant', stance: 'reports', needsContext: true, complements: ['que', 'qu\'', 'qu’', ':', '«'] },
  { forms: 'exprimer exprime expriment exprimé exprimait exprimaient exprimant', stance: 'asserts', needsContext: true, complements: ['que', 'qu\'', 'qu’', ':', '«', 'des', 'son', 'sa', 'ses', 'leur', 'leurs'] },
  { forms: 's\'engager engage engagent engagé engageait engageaient', stance: 'asserts', needsContext: true, complements: ['à'], reflexive: true },
  // Proposals, mentions and provisions of a text ("en proposant le déploiement de casques bleus", "la revendication mentionnant
  // un certain belge", "le texte prévoit la présence d'observateurs").
  { forms: 'proposer propose proposent proposé proposait proposaient proposant proposa', stance: 'asserts', needsContext: true },
  { forms: 'mentionner mentionne mentionnent mentionné mentionnait mentionnaient mentionnant', stance: 'reports', needsContext: true },
  { forms: 'prévoir prévoit prévoient prévoyait prévoyaient prévoyant', stance: 'reports' },
  // What a speaker points to ("l'Unédic pointe les effets du Brexit", "Ankara a alors pointé le long travail de déminage").
  { forms: 'pointer pointe pointent pointé pointait pointaient pointant', stance: 'reports', needsContext: true, complements: ['que', 'qu\'', 'qu’', 'le', 'la', 'les', 'l\'', 'l’', 'un', 'une', 'des', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces'] },
  { forms: 'convaincre convainc convainquent convaincu convainquait', stance: 'asserts', needsContext: true, complements: ['de', 'd\'', 'd’'] },
  { forms: 'voit voient voyait voyaient voyant vu', stance: 'asserts', needsContext: true, complements: ['comme'] },
  // An estimate ("évalue le bilan à 11 morts") and an urging or a mandate ("pressent les Kurdes à s'implanter", "charge le secrétaire général de …").
  { forms: 'évaluer évalue évaluent évaluait évaluaient', stance: 'asserts', needsContext: true, complements: ['à'] },
  { forms: 'presser pressent pressait pressaient pressant', stance: 'asserts', needsContext: true, complements: ['à', 'de', 'd\'', 'd’'] },
  { forms: 'charger charge chargent chargeait', stance: 'asserts', needsContext: true, complements: ['de', 'd\'', 'd’'] },
  // A refusal, a doubt, a designation or a suggestion reports a position only with a clause or its own preposition.
  { forms: 'refuser refuse refusent refusé refusait refusaient refusant', stance: 'denies', needsContext: true, complements: ['que', 'qu\'', 'qu’'] },
  { forms: 'douter doute doutent douté doutait doutaient doutant', stance: 'disputes', needsContext: true, complements: ['que', 'qu\'', 'qu’', 'de', 'du', 'des', 'd\'', 'd’'] },
  { forms: 'désigner désigne désignent désigné désignait désignaient désignant', stance: 'asserts', needsContext: true, complements: ['comme'] },
  // A clause certified, stipulated, found or testified ("a certifié que les élèves étaient en sécurité", "le règlement stipule que …",
  // "ont constaté que la plupart des Haïtiens …"); "certifier la véracité", "ont constaté l'apparition d'un disque", "témoigne de" name no claim.
  { forms: 'certifier certifie certifient certifié certifiait certifiant', stance: 'asserts', needsContext: true, complements: ['que', 'qu\'', 'qu’'] },
  { forms: 'stipuler stipule stipulent stipulait stipulaient', stance: 'reports', needsContext: true, complements: ['que', 'qu\'', 'qu’'] },
  { forms: 'constater constate constatent constaté constatait constataient constatant', stance: 'reports', needsContext: true, complements: ['que', 'qu\'', 'qu’'] },
  { forms: 'témoigner témoigne témoignent témoigné témoignait témoignaient témoignant', stance: 'reports', needsContext: true, complements: ['que', 'qu\'', 'qu’', ':', '«'] },
  { forms: 'soutenir soutient soutiennent soutenu soutenait soutenaient soutenant', stance: 'asserts', needsContext: true, complements: ['que', 'qu\'', 'qu’'] },
  { forms: 'présente présentent présenté présentait présentaient présentant', stance: 'asserts', needsContext: true, complements: ['comme'], reflexive: true },
  { forms: 'définit définissent défini définissait définissaient définissant', stance: 'asserts', needsContext: true, complements: ['comme'], reflexive: true },
];

export const FR_ATTRIBUTION: AttributionLexicon = {
  verbs: VERBS,
  participleAgreement: { 'é': ['ée', 'és', 'ées'], 'u': ['ue', 'us', 'ues'], 'i': ['ie', 'is', 'ies'], 'is': ['ise', 'ises'] },
  phrases: [
    { text: 'remis en cause', stance: 'disputes' }, { text: 'remise en cause', stance: 'disputes' },
    { text: 'remises en cause', stance: 'disputes' }, { text: 'remet en cause', stance: 'disputes' },
    { text: 'remettent en cause', stance: 'disputes' }, { text: 'mis en doute', stance: 'disputes' },
    { text: 'mise en doute', stance: 'disputes' }, { text: 'met en doute', stance: 'disputes' },
    { text: 'fait savoir', stance: 'reports' }, { text: 'font savoir', stance: 'reports' },
    { text: 'a fait savoir', stance: 'reports' }, { text: 'fait état', stance: 'reports' },
    { text: 'font état', stance: 'reports' }, { text: 'faisait état', stance: 'reports' }, { text: 'faisaient état', stance: 'reports' },
    { text: 'fait mention', stance: 'reports' }, { text: 'font mention', stance: 'reports' }, { text: 'faisait mention', stance: 'reports' }, { text: 'faisaient mention', stance: 'reports' }, { text: 'mis en garde', stance: 'asserts' },
    { text: 'met en garde', stance: 'asserts' },
    // A warning raised ("Une étude … tire la sonnette d'alarme concernant la situation des singes").
    { text: 'tire la sonnette d\'alarme', stance: 'asserts' }, { text: 'tirent la sonnette d\'alarme', stance: 'asserts' }, { text: 'tiré la sonnette d\'alarme', stance: 'asserts' },
    { text: 'se dit', stance: 'asserts' }, { text: 'se disent', stance: 'asserts' }, { text: 'se disait', stance: 'asserts' },
    { text: 'se déclare', stance: 'asserts' }, { text: 'se déclarent', stance: 'asserts' }, { text: 's\'est déclaré', stance: 'asserts' },
    { text: 's\'est déclarée', stance: 'asserts' }, { text: 'se sont déclarés', stance: 'asserts' }, { text: 'se félicite', stance: 'asserts' }, { text: 'se félicitent', stance: 'asserts' },
    { text: 'se dit prêt', stance: 'asserts' },
    // Compound tenses of the same reflexive statements, and concern voiced ("s'est félicité le chef de l'opposition", "s'est dit prêt à", "s'inquiète de").
    { text: 's\'est félicité', stance: 'asserts' }, { text: 's\'est félicitée', stance: 'asserts' }, { text: 'se sont félicités', stance: 'asserts' },
    { text: 's\'est dit', stance: 'asserts' }, { text: 's\'est dite', stance: 'asserts' }, { text: 'se sont dits', stance: 'asserts' },
    { text: 's\'inquiète', stance: 'asserts' }, { text: 's\'inquiètent', stance: 'asserts' }, { text: 's\'est inquiété', stance: 'asserts' }, { text: 's\'est inquiétée', stance: 'asserts' }, { text: 'se sont inquiétés', stance: 'asserts' }, { text: 'laisse entendre', stance: 'asserts' }, { text: 'laissent entendre', stance: 'asserts' }, { text: 'laissé entendre', stance: 'asserts' }, { text: 'fait part', stance: 'reports' }, { text: 'a fait part', stance: 'reports' },
    // "Beaucoup d'observateurs y voient le signe de …": seeing something in a fact is a stated reading of it.
    { text: 'pointe du doigt', stance: 'disputes' }, { text: 'pointent du doigt', stance: 'disputes' }, { text: 'pointé du doigt', stance: 'disputes' },
    // A comparison, a reference, a defence or details given are stated positions ("a fait un parallèle entre …", "a fait référence au
    // suicide de …", "a pris la défense des Fillon", "a donné des précisions concernant l'attaque").
    { text: 'fait un parallèle', stance: 'asserts' }, { text: 'fait le parallèle', stance: 'asserts' }, { text: 'font le parallèle', stance: 'asserts' },
    { text: 'fait référence', stance: 'reports' }, { text: 'font référence', stance: 'reports' }, { text: 'faisait référence', stance: 'reports' },
    { text: 'pris la défense', stance: 'disputes' }, { text: 'prend la défense', stance: 'disputes' }, { text: 'prennent la défense', stance: 'disputes' },
    { text: 'donné des précisions', stance: 'reports' }, { text: 'donne des précisions', stance: 'reports' }, { text: 'apporté des précisions', stance: 'reports' },
    { text: 'y voit', stance: 'asserts' }, { text: 'y voient', stance: 'asserts' }, { text: 'y voyait', stance: 'asserts' }, { text: 'y voyaient', stance: 'asserts' },
  ],
  abbreviations: ['M', 'Mme', 'Mmes', 'MM', 'Dr', 'Pr', 'St', 'Ste', 'av', 'etc', 'cf', 'p', 'n°', 'J.-C', 'Mgr'],
  /** Words that, next to a context-dependent verb, make it a reporting verb ("appelé … à", "note l'analyste"). */
  contextComplements: ['que', 'qu\'', 'qu’', ':', '«', '"', '“', 'à', 'de', 'd\'', 'd’'],
  auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aura', 'auront', 'est', 'sont', 'était', 'étaient', 'été', 'avoir', 'ayant', 'se', 's\'', 's’', 'ne', 'n\'', 'n’', 'pas'],
  /** Words that show a clause has a finite verb, so it is not a noun phrase ("le nombre … ne pourra être"). */
  verbMarkers: ['a', 'ont', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'avait', 'avaient', 'aura', 'aurait', 'pourra', 'pourrait', 'peut', 'peuvent', 'doit', 'doivent', 'va', 'vont', 'ne', 'n\'', 'n’', 'fait', 'font'],
  /** Adverbs and short phrases that may sit between the auxiliary and the participle. */
  interveners: ['également', 'aussi', 'encore', 'déjà', 'souvent', 'parfois', 'surtout', 'en', 'effet', 'lui-même', 'elle-même', 'eux-mêmes', 'elles-mêmes', 'toutefois', 'cependant', 'néanmoins', 'désormais', 'malgré', 'préalablement', 'immédiatement', 'aussitôt', 'pourtant', 'notamment', 'ainsi', 'alors', 'enfin', 'par', 'ailleurs', 'à', 'maintes', 'reprises', 'plusieurs', 'fois', 'publiquement', 'clairement', 'récemment', 'officiellement', 'juste', 'ensuite', 'finalement', 'même', 'lui', 'leur', 'y', 'bien', 'tout', 'de', 'suite', 'l\'', 'l’', 'pour', 'sa', 'son', 'part', 'quant', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'aujourd\'hui', 'aujourd’hui', 'jamais', 'toujours', 'pas', 'ne', 'n\'', 'n’', 'la', 'elle', 'eux', 'tort', 'longtemps', 'depuis', 'très', 'd\'', 'd’', 'surcroît',
    // The second word of an adverbial phrase between auxiliary and participle: "a par conséquent annoncé", "a de nouveau
    // affirmé", "a à nouveau dénoncé", "a en outre précisé", "a d'abord refusé", "a de son côté déclaré".
    'conséquent', 'nouveau', 'outre', 'abord', 'côté'],
  /** "selon X", "d'après X", "de source X", "cité par X". */
  // The longer phrases first, so that the speaker after "selon les propos de" is the source, not the words ("selon les propos de son
  // avocat", "selon les précisions apportées par François Molins").
  accordingTo: ['selon les propos de', 'selon les propos d\'', 'selon des propos de', 'selon des propos d\'', 'selon les déclarations de', 'selon les termes de',
    'selon les précisions apportées par', 'd\'après les propos de', 'd\'après les déclarations de', 'selon', 'd\'après', 'd’après', 'de source', 'de sources', 'citant', 'cité par', 'citée par', 'cités par', 'citées par', 'rapporté par', 'rapportés par', 'rapportée par', 'affirme-t-on', 'à en croire'],
  opinionMarkers: ['pour'],
  /** Sentence adverbs set between a speaker and what they say ("Pour X, cependant, …", "a souhaité pour sa part « … »"). */
  discourseAdverbs: ['ainsi', 'cependant', 'toutefois', 'néanmoins', 'pourtant', 'en effet', 'au contraire', 'par ailleurs', 'de plus', 'en outre', 'quant à lui', 'quant à elle', 'quant à eux', 'pour sa part', 'pour leur part', 'de son côté', 'de leur côté', 'd\'une part', 'd\'autre part',
    // Order and manner adverbs right after the verb qualify the saying, not what is said ("évoquent plutôt le manque", "demandent d'abord l'application").
    'plutôt', 'd\'abord', 'au préalable', 'dans un premier temps', 'ensuite', 'encore',
    // Connectives tying the saying to the text before it ("invite donc les usagers à …", "reconnait d'ailleurs que …").
    'donc', 'd\'ailleurs', 'd’ailleurs', 'également', 'aussi', 'ainsi',
    // Repetition of the saying ("en appelle une nouvelle fois à l'ONU").
    'une nouvelle fois', 'à nouveau', 'de nouveau'],
  /** Passive dispute frames: "version remise en cause par X". */
  passiveAgent: ['par'],
  attributeMarkers: ['comme'],
  memberAsideMarkers: ['dont'],
  /** "X, a-t-il déclaré": inverted subject clitics. */
  invertedClitics: ['-t-il', '-t-elle', '-t-ils', '-t-elles', '-il', '-elle', '-ils', '-elles', '-on'],
  complementizers: ['que', 'qu\'', 'qu’'],
  coordinators: ['et', 'ou', 'mais', 'puis'],
  infinitiveMarkers: [],
  cueParticles: [],
  // A contrast or a later act set off by a comma is the writer's ("a déclaré que … , tandis que la commission fait mention de …",
  // "a annoncé que « … », avant de préciser que …").
  contentEnders: [', ce qui', ', tandis que', ', tandis qu\'', ', alors que', ', alors qu\'', ', avant de', ', avant d\'', ', contrairement à', ', contrairement au', ', contrairement aux'],
  beliefVerbs: [],
  subordinators: ['alors', 'bien', 'tandis', 'lorsque', 'lorsqu\'', 'lorsqu’', 'quand', 'si', 'puisque', 'puisqu\'', 'puisqu’', 'comme', 'quoique'],
  /** Words that end a subject noun phrase when reading leftwards. */
  clauseBoundaries: ['que', 'qu\'', 'qu’', 'qui', 'et', 'mais', 'car', 'donc', 'or', 'lorsque', 'quand', 'alors', 'tandis', 'puisque', 'si', 'où', 'dont', 'comme', 'après', 'avant', 'pendant', 'depuis', 'parce'],
  relativePronouns: ['qui'],
  objectClitics: ['l\'', 'l’', 'le', 'la', 'les', 'lui', 'leur', 'me', 'm\'', 'm’', 'te', 't\'', 'nous', 'vous', 'y', 'en'],
  personalPronouns: { il: 'person', elle: 'person', ils: 'unknown', elles: 'unknown', on: 'unnamed', je: 'person', nous: 'unknown', lui: 'person', eux: 'unknown' },
  bodyPronouns: ['il', 'elle'],
  pluralPronouns: ['ils', 'elles'],
  firstPersonPronouns: ['je', 'j\'', 'j’', 'nous'],
  latterAnaphors: ['ce dernier', 'cette dernière', 'celui-ci', 'celle-ci'],
  genders: {
    pronouns: { il: 'm', lui: 'm', elle: 'f', 'ce dernier': 'm', 'cette dernière': 'f', 'celui-ci': 'm', 'celle-ci': 'f' },
    determiners: { le: 'm', un: 'm', ce: 'm', cet: 'm', du: 'm', au: 'm', son: 'm', la: 'f', une: 'f', cette: 'f', sa: 'f' },
    honorifics: { m: 'm', monsieur: 'm', mme: 'f', madame: 'f', mlle: 'f', mademoiselle: 'f' },
  },
  determiners: ['le', 'la', 'les', 'l\'', 'l’', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'plusieurs', 'certains', 'certaines', 'deux', 'trois', 'autres', 'quelques', 'nombreux', 'nombreuses', 'divers', 'diverses', 'différents', 'différentes'],
  prepositions: ['à', 'au', 'aux', 'de', 'du', 'des', 'en', 'dans', 'sur', 'pour', 'par', 'avec', 'sans', 'lors', 'vers', 'chez', 'contre', 'selon', 'après', 'avant', 'depuis', 'devant', 'derrière', 'malgré', 'parmi', 'entre', 'sous', 'face', 'dès', 'pendant', 'durant', 'suite', 'quant'],
  unnamedSourceNouns: ['source', 'sources', 'responsable', 'responsables', 'témoin', 'témoins', 'habitant', 'habitants', 'observateur', 'observateurs', 'proche', 'proches', 'entourage', 'diplomate', 'diplomates', 'militant', 'militants', 'officiel', 'officiels', 'expert', 'experts', 'spécialiste', 'spécialistes', 'membre', 'membres', 'enquêteur', 'enquêteurs', 'magistrats', 'juges', 'commentateurs', 'analystes', 'policiers', 'secouristes', 'médecins', 'avocat', 'avocats', 'manifestants', 'riverains', 'chercheurs', 'scientifiques', 'électeurs', 'opposants', 'partisans', 'dirigeants', 'organisateurs', 'élus', 'syndicalistes', 'historiens', 'économistes', 'rescapés', 'survivants', 'détracteurs', 'séparatistes', 'rebelles', 'insurgés', 'couple', 'mère', 'père', 'veuve', 'famille', 'suspect', 'suspects', 'personnalités', 'peuple', 'pompiers', 'secours'],
  headNounFirst: true,
  nonSpeakers: ['rien', 'personne', 'nul', 'aucun', 'aucune', 'cela', 'ceci', 'ça'],
  // "On estime la transaction à …", "on soupçonne l'État islamique" report investigators; noting and believing do not.
  impersonalOpinionVerbs: ['note', 'notait', 'remarque', 'remarquait', 'constate', 'constatait', 'pense', 'pensait', 'croit', 'croyait', 'considère', 'considérait'],
  adjunctPrepositions: ['devant', 'lors', 'pendant', 'durant', 'dans', 'sur', 'avec', 'depuis', 'dès', 'après', 'avant', 'sans', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'ce', 'cette'],
  occasionNouns: ['fois', 'occasion', 'heure', 'moment', 'instant'],
  stressedPronouns: ['lui', 'elle', 'eux', 'elles'],
  impersonalModals: ['faut', 'fallait', 'faudrait', 'faudra'],
  possibilityModals: ['peut', 'peuvent', 'pourrait', 'pourraient', 'pourra', 'pourront', 'pouvait', 'pouvaient', 'puisse', 'puissent'],
  clauseOpeners: ['même si', 'alors que', 'alors qu\'', 'tandis que', 'tandis qu\'', 'bien que', 'bien qu\'', 'afin de', 'afin d\'', 'afin que', 'tout en', 'comme', 'sans'],
  accordingRelatives: ['lequel', 'laquelle', 'lesquels', 'lesquelles'],
  normNouns: ['règle', 'règles', 'usage', 'usages', 'acronyme', 'sigle', 'modalités', 'procédure', 'procédures', 'principe', 'principes', 'critère', 'critères', 'calendrier', 'tradition', 'coutume', 'méthode', 'barème'],
  /** Adjectives that make a source unnamed even with a title ("un responsable américain"). */
  timeWords: [...Object.keys(FRENCH_WEEKDAYS), 'hier', 'aujourd\'hui', 'soir', 'matin', 'après-midi'],
  addresseePrepositions: ['à', 'au', 'aux'],
  passiveAuxiliaries: ['est', 'sont', 'été', 'était', 'étaient', 'être'],
  sayingAdjuncts: SAYING_ADJUNCTS,
  pluralEndings: [['aux', 'al'], ['x', ''], ['s', '']],
  irregularPlurals: ['couple'],
  indefiniteDeterminers: ['un', 'une', 'des', 'plusieurs', 'certains', 'certaines', 'deux', 'trois', 'de', 'd\'', 'd’', 'les'],
  groupQuantifiers: ['certains', 'certaines', 'plusieurs', 'beaucoup', 'nombreux', 'nombreuses', 'plupart', 'autres', 'quelques', 'divers', 'diverses'],
  mediaNouns: ['chaîne', 'télévision', 'agence', 'journal', 'quotidien', 'hebdomadaire', 'radio', 'site', 'magazine', 'média', 'médias', 'presse', 'télé', 'station', 'revue'],
  militaryNouns: ['armée', 'armées', 'militaire', 'militaires', 'état-major', 'états-majors', 'chefs d\'état-major', 'forces', 'troupes', 'soldats', 'commandement', 'pentagone', 'coalition', 'officier', 'officiers', 'général', 'colonel', 'marine', 'aviation', 'brigade', 'bataillon', 'régiment', 'milice'],
  governmentNouns: ['gouvernement', 'ministère', 'ministre', 'présidence', 'élysée', 'kremlin', 'maison-blanche', 'maison blanche', 'administration', 'autorités', 'diplomatie', 'régime', 'département', 'préfecture', 'mairie', 'parlement', 'état', 'états', 'pouvoir', 'exécutif', 'chancellerie', 'police', 'gendarmerie', 'parquet', 'justice', 'tribunal', 'cour', 'autorité', 'municipalité', 'ville', 'commune', 'pays'],
  documentNouns: ['communiqué', 'rapport', 'déclaration', 'document', 'lettre', 'texte', 'sondage', 'enquête', 'étude', 'bilan', 'résolution', 'décret', 'note', 'tweet', 'message', 'statistiques', 'chiffres', 'estimation', 'conclusion', 'audit', 'image', 'vidéo', 'témoignage', 'annonce', 'courriel', 'enregistrement', 'projection', 'analyse', 'signalement'],
  organisationNouns: ['organisation', 'association', 'ong', 'parti', 'syndicat', 'groupe', 'entreprise', 'société', 'comité', 'conseil', 'commission', 'fédération', 'union', 'observatoire', 'fondation', 'institut', 'mouvement', 'onu', 'otan', 'croissant', 'croix-rouge', 'compagnie', 'firme', 'opérateur', 'studio', 'collectif', 'alliance', 'banque', 'club', 'équipe', 'université', 'hôpital', 'constructeur', 'groupement', 'branche', 'ordre', 'communauté'],
  /** Person titles; the value is the role kept on the speaker. */
  titles: {
    président: 'president', présidente: 'president', 'chef': 'leader', ministre: 'minister', premier: 'minister', porte: 'spokesperson', 'porte-parole': 'spokesperson',
    analyste: 'analyst', expert: 'analyst', experte: 'analyst', politologue: 'analyst', chercheur: 'analyst', chercheuse: 'analyst', spécialiste: 'analyst', professeur: 'analyst', économiste: 'analyst', commentateur: 'analyst',
    ambassadeur: 'diplomat', ambassadrice: 'diplomat', diplomate: 'diplomat', émissaire: 'diplomat', envoyé: 'diplomat',
    député: 'politician', députée: 'politician', sénateur: 'politician', sénatrice: 'politician', maire: 'politician', candidat: 'politician', candidate: 'politician', secrétaire: 'official', directeur: 'official', directrice: 'official', gouverneur: 'official', responsable: 'official', dirigeant: 'leader', leader: 'leader', roi: 'leader', prince: 'leader',
    général: 'military officer', colonel: 'military officer', commandant: 'military officer', officier: 'military officer',
    journaliste: 'journalist', correspondant: 'journalist', correspondante: 'journalist', reporter: 'journalist', témoin: 'witness', avocat: 'lawyer', avocate: 'lawyer', juge: 'judge', procureur: 'prosecutor',
    chancelier: 'leader', chancelière: 'leader', reine: 'leader', pape: 'leader', émir: 'leader', cheikh: 'leader', patron: 'leader', patronne: 'leader', pdg: 'leader', fondateur: 'leader', fondatrice: 'leader',
    'vice-président': 'president', 'vice-présidente': 'president', préfet: 'official', préfète: 'official', commissaire: 'official', conseiller: 'official', conseillère: 'official', délégué: 'official', déléguée: 'official', inspecteur: 'official',
    universitaire: 'analyst', souverain: 'leader', souveraine: 'leader', monarque: 'leader',
    eurodéputé: 'politician', eurodéputée: 'politician', élu: 'politician', élue: 'politician',
    archevêque: 'religious leader', évêque: 'religious leader', cardinal: 'religious leader', imam: 'religious leader', rabbin: 'religious leader', ayatollah: 'religious leader', patriarche: 'religious leader',
    procureure: 'prosecutor', capitaine: 'military officer', lieutenant: 'military officer', sergent: 'military officer',
  },
  /** Capitals and seats of power used as metonyms for their government ("Damas a réclamé"). */
  governmentMetonyms: ['Damas', 'Washington', 'Moscou', 'Téhéran', 'Ankara', 'Pékin', 'Paris', 'Londres', 'Berlin', 'Bruxelles', 'Riyad', 'Bagdad', 'Kiev', 'Kyiv', 'Tel-Aviv', 'Jérusalem', 'Pyongyang', 'Séoul', 'Tokyo', 'Rome', 'Madrid', 'Beyrouth', 'Le Caire', 'Doha', 'Amman', 'Kaboul', 'Islamabad', 'New Delhi', 'Ottawa', 'Canberra', 'Alger', 'Rabat', 'Tunis', 'Tripoli', 'Minsk', 'Caracas', 'La Havane', 'Brasilia', 'Mexico', 'Athènes', 'Varsovie', 'Budapest', 'Stockholm', 'Oslo', 'Helsinki', 'Copenhague', 'Vienne', 'Berne', 'Lisbonne', 'Dublin', 'Erevan', 'Bakou', 'Tbilissi', 'Kremlin', 'Élysée', 'Maison-Blanche', 'Matignon', 'Quai d\'Orsay', 'Downing Street'],
  /** Country names: a country as speaker stands for its government. */
  countries: ['États-Unis', 'Etats-Unis', 'Russie', 'Syrie', 'Iran', 'Irak', 'Turquie', 'France', 'Chine', 'Israël', 'Arabie saoudite', 'Royaume-Uni', 'Allemagne', 'Jordanie', 'Liban', 'Égypte', 'Egypte', 'Qatar', 'Ukraine', 'Corée du Nord', 'Corée du Sud', 'Japon', 'Inde', 'Pakistan', 'Afghanistan', 'Italie', 'Espagne', 'Belgique', 'Canada', 'Mexique', 'Brésil', 'Algérie', 'Maroc', 'Tunisie', 'Libye', 'Yémen', 'Émirats arabes unis', 'Venezuela', 'Cuba', 'Pologne', 'Hongrie', 'Grèce', 'Nigeria', 'Mali', 'Niger', 'Tchad', 'Soudan', 'Éthiopie', 'Kenya', 'Somalie', 'Afrique du Sud', 'Birmanie', 'Philippines', 'Indonésie', 'Australie'],
  /** Words introducing a cited outlet ("la chaîne d'information al-Mayadeen"). */
  outletIntroducers: ['chaîne', 'agence', 'journal', 'quotidien', 'hebdomadaire', 'radio', 'télévision', 'magazine'],
  /** Syndication footers and bylines: "Source: Avec Press Tv", "(AFP)", "avec Reuters". */
  syndicationPrefixes: ['source', 'sources', 'avec', 'd\'après', 'selon', 'par'],
};
