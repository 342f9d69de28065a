/**
 * The demo project's translations, by source sentence of `statement.txt`: what the demo translator
 * has saved in each language, and which of those the demo reviewer has approved. The sentences not
 * listed are left to translate, so that Japanese, French and Spanish show the whole flow: approved,
 * waiting for review, not started. Arabic, the right-to-left target, is translated throughout, with
 * two drafts waiting, so that a published right-to-left page is one review away.
 */
export interface DemoTranslation {
  source: string;
  target: string;
  approved: boolean;
}

const approved = (source: string, target: string): DemoTranslation => ({ source, target, approved: true });
const draft = (source: string, target: string): DemoTranslation => ({ source, target, approved: false });

const TITLE = 'Joint Statement on the Draft Digital Safety Act: Keep Private Messaging Private';
const URGE =
  'We, the undersigned organizations and independent experts, urge the members of the parliamentary committee to amend the Draft Digital Safety Act before its second reading.';
const AS_WRITTEN = 'As written, the Act would require messaging services to scan private conversations, which would weaken encryption for everyone.';
const PROTECTS =
  'Secure communication protects journalists and their sources, doctors and their patients, and people who seek help in abusive relationships.';
const ALSO = 'It also protects businesses and public institutions from fraud and espionage.';
const FOR_ALL = 'A law that breaks encryption for some breaks it for all.';
const WE_ASK = 'We ask the committee to:';
const REMOVE = 'Remove the obligation to scan the content of private messages;';
const REQUIRE = 'Require an independent judicial order before any access to personal data;';
const PUBLISH = "Publish an assessment of the Act's impact on human rights, with a period of public consultation of at least sixty days.";
const READY = 'We remain ready to work with the committee on a text that keeps people safe online without sacrificing their privacy.';
const EVERY_LANGUAGE = 'The signatories will publish this statement in every language spoken by their members.';
const SIGNATORIES = 'Signatories';

// French typography: a no-break space before a colon, a narrow no-break space before a semicolon.
const NBSP = '\u00a0';
const NNBSP = '\u202f';

export const DEMO_TRANSLATIONS: Readonly<Record<string, readonly DemoTranslation[]>> = {
  fr: [
    approved(TITLE, `Déclaration commune sur le projet de loi sur la sécurité numérique${NBSP}: que les messageries privées restent privées`),
    approved(
      URGE,
      'Nous, organisations et experts indépendants soussignés, exhortons les membres de la commission parlementaire à amender le projet de loi sur la sécurité numérique avant sa deuxième lecture.',
    ),
    approved(AS_WRITTEN, 'En l’état, la loi obligerait les services de messagerie à analyser les conversations privées, ce qui affaiblirait le chiffrement pour tout le monde.'),
    approved(
      PROTECTS,
      'Une communication sécurisée protège les journalistes et leurs sources, les médecins et leurs patients, ainsi que les personnes qui cherchent de l’aide pour sortir d’une relation violente.',
    ),
    approved(ALSO, 'Elle protège également les entreprises et les institutions publiques contre la fraude et l’espionnage.'),
    approved(FOR_ALL, 'Une loi qui brise le chiffrement pour certains le brise pour tous.'),
    approved(WE_ASK, `Nous demandons à la commission de${NBSP}:`),
    approved(REMOVE, `supprimer l’obligation d’analyser le contenu des messages privés${NNBSP};`),
    approved(REQUIRE, `exiger une décision judiciaire indépendante avant tout accès aux données personnelles${NNBSP};`),
    draft(PUBLISH, 'publier une évaluation de l’impact de la loi sur les droits humains, assortie d’une consultation publique d’au moins soixante jours.'),
    draft(READY, 'Nous restons prêts à travailler avec la commission à un texte qui protège les personnes en ligne sans sacrifier leur vie privée.'),
    approved(SIGNATORIES, 'Signataires'),
  ],
  es: [
    approved(TITLE, 'Declaración conjunta sobre el proyecto de Ley de Seguridad Digital: que la mensajería privada siga siendo privada'),
    approved(
      URGE,
      'Las organizaciones y los expertos independientes abajo firmantes instamos a los miembros de la comisión parlamentaria a enmendar el proyecto de Ley de Seguridad Digital antes de su segunda lectura.',
    ),
    approved(AS_WRITTEN, 'Tal como está redactada, la ley obligaría a los servicios de mensajería a escanear las conversaciones privadas, lo que debilitaría el cifrado para todos.'),
    approved(
      PROTECTS,
      'La comunicación segura protege a los periodistas y a sus fuentes, a los médicos y a sus pacientes, y a las personas que buscan ayuda para salir de una relación de maltrato.',
    ),
    draft(ALSO, 'También protege a las empresas y a las instituciones públicas contra el fraude y el espionaje.'),
    draft(FOR_ALL, 'Una ley que rompe el cifrado para algunos lo rompe para todos.'),
    draft(WE_ASK, 'Pedimos a la comisión que:'),
  ],
  ar: [
    approved(TITLE, 'بيان مشترك بشأن مشروع قانون السلامة الرقمية: لتبقَ المراسلات الخاصة خاصة'),
    approved(URGE, 'نحن، المنظمات والخبراء المستقلين الموقّعين أدناه، نحثّ أعضاء اللجنة البرلمانية على تعديل مشروع قانون السلامة الرقمية قبل قراءته الثانية.'),
    approved(AS_WRITTEN, 'بصيغته الحالية، سيُلزم القانون خدمات المراسلة بفحص المحادثات الخاصة، مما سيُضعف التشفير للجميع.'),
    approved(PROTECTS, 'يحمي الاتصال الآمن الصحفيين ومصادرهم، والأطباء ومرضاهم، والأشخاص الذين يطلبون المساعدة للخروج من علاقات مسيئة.'),
    approved(ALSO, 'كما يحمي الشركات والمؤسسات العامة من الاحتيال والتجسس.'),
    approved(FOR_ALL, 'إن قانونًا يكسر التشفير للبعض يكسره للجميع.'),
    approved(WE_ASK, 'نطلب من اللجنة:'),
    approved(REMOVE, 'إلغاء الالتزام بفحص محتوى الرسائل الخاصة؛'),
    approved(REQUIRE, 'اشتراط أمر قضائي مستقل قبل أي وصول إلى البيانات الشخصية؛'),
    draft(PUBLISH, 'نشر تقييم لأثر القانون على حقوق الإنسان، مع فترة تشاور عام لا تقل عن ستين يومًا.'),
    draft(READY, 'ونبقى على استعداد للعمل مع اللجنة على نص يحافظ على سلامة الناس على الإنترنت دون التضحية بخصوصيتهم.'),
    approved(EVERY_LANGUAGE, 'وسينشر الموقّعون هذا البيان بكل لغة يتحدث بها أعضاؤهم.'),
    approved(SIGNATORIES, 'الموقّعون'),
  ],
  ja: [
    approved(TITLE, 'デジタル安全法案に関する共同声明：私的なメッセージは私的なままに'),
    approved(URGE, '私たち、以下に署名する団体および独立した専門家は、議会委員会の委員に対し、第二読会の前にデジタル安全法案を修正するよう強く求めます。'),
    draft(AS_WRITTEN, '現行の案文のままでは、同法はメッセージサービスに私的な会話の検査を義務づけ、すべての人の暗号化を弱めることになります。'),
    draft(ALSO, 'また、企業や公的機関を詐欺やスパイ行為から守ります。'),
  ],
};
