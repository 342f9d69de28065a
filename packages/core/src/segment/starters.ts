/**
 * Words that typically begin a sentence, per language: pronouns, articles and determiners, conjunctions,
 * question words, common sentence adverbs and prepositions, auxiliaries that open a question, and
 * quantity words. After an abbreviation or initials that may end a sentence (`Co.`, `U.S.`, `etc.`), a
 * capitalised word from this list means the sentence ended there (`… the U.S. They …`); any other
 * capitalised word is more likely a name or a noun that the abbreviation qualifies (`the U.S. Army`).
 *
 * Languages without a list fall back to capitalisation: any capitalised word starts a new sentence.
 */
const STARTERS: Record<string, string> = {
  en:
    'A An The This That These Those There Here Then Thus Hence So Such It Its I We You He She They Me Us Him Her Them ' +
    'My Our Your His Their What When Where Who Whom Whose Why How Which Whether If Unless Although Though While ' +
    'Because Since As After Before Until Once However Moreover Furthermore Nevertheless Nonetheless Meanwhile ' +
    'Therefore Indeed Instead Otherwise Also And But Or Nor Yet For In On At By To From With Without Under Over ' +
    'During Despite Between Among Against Through Into Of Is Are Was Were Be Been Do Does Did Have Has Had Can ' +
    'Could Will Would Shall Should May Might Must Let Please Yes No Not None Nothing Everything Something Some ' +
    'Any All Each Every Both Either Neither Many Much Most More Few Several Other Others Another One Two Three ' +
    'Four Five Six Seven Eight Nine Ten Hundreds Thousands Millions Billions Dozens Today Tomorrow Yesterday Now ' +
    'Still Even Only Just Finally First Second Third Later Next Last Recently Currently Today',
  de:
    'Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Ich Du Er Sie Es Wir Ihr Man Mein Meine Unser ' +
    'Unsere Dein Deine Sein Seine Ihre Dies Diese Dieser Dieses Jener Jene Dort Hier Da Dann Danach Daher Deshalb ' +
    'Denn Doch Aber Und Oder Sondern Wenn Als Ob Obwohl Weil Dass Was Wer Wen Wem Wie Wo Wann Warum Welche ' +
    'Welcher Welches Auch Noch So Nun Jetzt Heute Gestern Morgen Alle Viele Einige Manche Jeder Jede Jedes Kein ' +
    'Keine Nicht Nur Bitte Ja Nein Im Am Auf Aus Bei Mit Nach Seit Von Vor Zu Zum Zur In An Um Für Über Unter ' +
    'Durch Gegen Ohne Trotz Während Damit Dabei Dazu Darum Außerdem Zudem Jedoch Allerdings Trotzdem Deswegen ' +
    'Zwar Schon Immer Oft Hat Haben Ist Sind War Waren Wird Werden Kann Können Muss Müssen Soll Sollen',
  da:
    'Den Det De Der Dette Disse En Et Jeg Du Han Hun Vi I Man Min Mit Mine Vores Jeres Hans Hendes Deres Hvad ' +
    'Hvem Hvor Hvorfor Hvordan Hvornår Hvilken Hvilket Hvilke Og Men Eller Så Da Når Hvis Fordi Selvom Som Her ' +
    'Nu Også Derfor Dog Alle Mange Nogle Ingen Ikke Ja Nej I På Til Fra Med Efter For Om Under Over Ved Er Var ' +
    'Har Havde Kan Kunne Vil Ville Skal Skulle Må',
  nb:
    'Den Det De Der Dette Disse En Et Jeg Du Han Hun Vi Dere Man Min Mitt Mine Vår Våre Hans Hennes Deres Hva ' +
    'Hvem Hvor Hvorfor Hvordan Når Hvilken Hvilket Hvilke Og Men Eller Så Da Hvis Fordi Selv Som Her Nå Også ' +
    'Derfor Alle Mange Noen Ingen Ikke Ja Nei I På Til Fra Med Etter For Om Under Over Ved Er Var Har Hadde Kan ' +
    'Kunne Vil Ville Skal Skulle Må',
  sv:
    'Den Det De Där Detta Dessa En Ett Jag Du Han Hon Vi Ni Man Min Mitt Mina Vår Våra Hans Hennes Deras Vad ' +
    'Vem Var Varför Hur När Vilken Vilket Vilka Och Men Eller Så Då Om Eftersom Fast Som Här Nu Också Därför ' +
    'Alla Många Några Ingen Inte Ja Nej I På Till Från Med Efter För Under Över Vid Är Har Hade Kan Kunde Vill ' +
    'Ska Skulle Måste',
  nl:
    'De Het Een Dit Dat Deze Die Daar Hier Er Ik Jij Je U Hij Zij Ze Wij We Jullie Men Mijn Ons Onze Jouw Uw ' +
    'Zijn Haar Hun Wat Wie Waar Waarom Hoe Wanneer Welke En Maar Of Want Dus Toen Als Omdat Hoewel Terwijl ' +
    'Ook Daarom Echter Alle Veel Enkele Sommige Geen Niet Ja Nee In Op Aan Bij Met Na Voor Van Uit Over Onder ' +
    'Door Is Zijn Was Waren Heeft Hebben Had Kan Kunnen Zal Zullen Moet Moeten',
  fr:
    'Le La Les L Un Une Des Du De Ce Cet Cette Ces Cela Ceci Ça Il Elle Ils Elles On Je Tu Nous Vous Mon Ma ' +
    'Mes Ton Ta Tes Son Sa Ses Notre Nos Votre Vos Leur Leurs Que Qui Quoi Quand Où Pourquoi Comment Quel ' +
    'Quelle Quels Quelles Lequel Et Mais Ou Donc Or Ni Car Si Comme Lorsque Puisque Bien Cependant Pourtant ' +
    'Toutefois Ainsi Alors Aussi Enfin Ensuite Puis Depuis Dans En Sur Sous Avec Sans Pour Par Chez Après ' +
    'Avant Selon Tous Toutes Tout Toute Chaque Plusieurs Certains Certaines Aucun Aucune Beaucoup Il Y Voici ' +
    'Voilà Oui Non Ne Est Sont Était Étaient',
  es:
    'El La Los Las Lo Un Una Unos Unas Este Esta Esto Estos Estas Ese Esa Eso Esos Esas Aquel Aquella Yo Tú ' +
    'Él Ella Ello Nosotros Nosotras Vosotros Ellos Ellas Usted Ustedes Mi Mis Tu Tus Su Sus Nuestro Nuestra ' +
    'Nuestros Nuestras Qué Quién Quiénes Cuál Cuáles Cómo Dónde Cuándo Cuánto Por Para Porque Pero Y E O U ' +
    'Ni Si Cuando Como Donde Aunque Mientras Sin Con En De Del Al Desde Hasta Sobre Entre Tras Según Hay No ' +
    'Sí También Tampoco Además Luego Después Antes Entonces Así Hoy Ayer Mañana Ahora Todo Todos Todas Muchos ' +
    'Muchas Algunos Algunas Cada Ningún Ninguna Se Le Les Me Nos Te Es Son Era Fue Fueron Está Están',
  it:
    'Il Lo La I Gli Le L Un Uno Una Questo Questa Questi Queste Quello Quella Quelli Quelle Io Tu Lui Lei Noi ' +
    'Voi Loro Mio Mia Tuo Tua Suo Sua Nostro Nostra Vostro Che Chi Cosa Come Dove Quando Perché Quale Quali ' +
    'Quanto E Ed Ma O Oppure Né Se Anche Però Quindi Dunque Allora Poi Infatti Inoltre Tuttavia Mentre Sebbene ' +
    'Benché In Nel Nella Nei Con Per Su Sul Sulla Da Dal Dalla Di Del Della Tra Fra Dopo Prima Senza Secondo ' +
    'Tutti Tutte Tutto Ogni Molti Molte Alcuni Alcune Nessuno Nessuna Non Sì No Ci Si Mi Ti Vi È Sono Era Ha Hanno',
  pt:
    'O A Os As Um Uma Uns Umas Este Esta Isto Estes Estas Esse Essa Isso Aquele Aquela Aquilo Eu Tu Ele Ela ' +
    'Nós Vós Eles Elas Você Vocês Meu Minha Teu Tua Seu Sua Nosso Nossa Que Quem Qual Quais Como Onde Quando ' +
    'Porque Por Para Mas E Ou Nem Se Embora Enquanto Também Além Depois Antes Então Assim Hoje Ontem Amanhã ' +
    'Agora Todo Todos Todas Muitos Muitas Alguns Algumas Cada Nenhum Nenhuma Não Sim Em No Na Nos Nas Com Sem ' +
    'De Do Da Dos Das Desde Até Sobre Entre Há É São Era Foi',
  pl:
    'To Ten Ta Te Ci Tamten Ja Ty On Ona Ono My Wy Oni One Mój Moja Nasz Nasza Wasz Jego Jej Ich Co Kto Gdzie ' +
    'Kiedy Dlaczego Jak Jaki Jaka Który Która I A Ale Lub Albo Czy Więc Bo Że Jeśli Jeżeli Gdy Chociaż Także ' +
    'Również Jednak Potem Teraz Dziś Dzisiaj Wczoraj Jutro Wszyscy Wszystkie Każdy Wiele Niektórzy Nikt Nie ' +
    'Tak W We Na Z Ze Do Od Po Przed Za Pod Nad Przez Dla Bez Jest Są Był Była Było',
  cs:
    'To Ten Ta Ty Já My Vy On Ona Ono Oni Můj Moje Náš Naše Váš Jeho Její Jejich Co Kdo Kde Kdy Proč Jak Jaký ' +
    'Který Která A Ale Nebo Či Tak Protože Že Pokud Když Ačkoli Také Však Potom Nyní Dnes Včera Zítra Všichni ' +
    'Každý Mnoho Někteří Nikdo Ne Ano V Ve Na S Se Z Ze Do Od Po Před Za Pod Nad Přes Pro Bez Je Jsou Byl Byla',
  sk:
    'To Ten Tá Tie Ja Ty My Vy On Ona Ono Oni Môj Moja Náš Naša Váš Jeho Jej Ich Čo Kto Kde Kedy Prečo Ako ' +
    'Aký Ktorý Ktorá A Ale Alebo Či Tak Pretože Že Ak Keď Hoci Tiež Však Potom Teraz Dnes Včera Zajtra Všetci ' +
    'Každý Mnoho Niektorí Nikto Nie Áno V Vo Na S So Z Zo Do Od Po Pred Za Pod Nad Cez Pre Bez Je Sú Bol Bola',
  ru:
    'Я Ты Он Она Оно Мы Вы Они Это Этот Эта Эти Тот Та Те Там Тут Здесь Мой Моя Наш Наша Ваш Его Ее Её Их ' +
    'Что Кто Где Когда Почему Зачем Как Какой Какая Который Которая И А Но Или Да Нет Не Ни Если Хотя Потому ' +
    'Поэтому Однако Также Тоже Затем Потом Теперь Сейчас Сегодня Вчера Завтра Все Всё Каждый Многие Некоторые ' +
    'Никто Ничто В Во На С Со К Ко По О Об От До Из Без Для При Про Через Над Под Перед После Между Был Была ' +
    'Было Были Есть',
  uk:
    'Я Ти Він Вона Воно Ми Ви Вони Це Цей Ця Ці Той Та Ті Там Тут Мій Моя Наш Наша Ваш Його Її Їх Що Хто Де ' +
    'Коли Чому Як Який Яка Котрий І Й А Але Або Та Так Ні Не Якщо Хоча Тому Однак Також Потім Тепер Сьогодні ' +
    'Вчора Завтра Усі Всі Кожен Багато Деякі Ніхто В У На З Із До Від По Про Без Для При Через Над Під Перед ' +
    'Після Між Був Була Було Були',
  bg:
    'Аз Ти Той Тя То Ние Вие Те Това Този Тази Тези Там Тук Моят Моята Нашият Нашата Неговият Какво Кой Коя ' +
    'Кое Къде Кога Защо Как Какъв Който Която И А Но Или Да Не Ако Макар Затова Обаче Също След Сега Днес ' +
    'Вчера Утре Всички Всеки Много Някои Никой В Във На С Със К Към По За От До Из Без При През Над Под Пред ' +
    'Между Беше Бяха Е Са',
};

/** Languages that borrow another's list. */
const SAME_AS: Record<string, string> = { nn: 'nb', no: 'nb' };

/** The sentence starters of a language (primary subtag), or null when capitalisation has to do. */
export function startersOf(primary: string): ReadonlySet<string> | null {
  const list = STARTERS[SAME_AS[primary] ?? primary];
  return list === undefined ? null : new Set(list.split(' '));
}

/** Month names (lowercase) of languages that write ordinal numbers with a full stop (`am 12. Juni`). */
const MONTHS: Record<string, string> = {
  de: 'januar jänner februar feber märz april mai juni juli august september oktober november dezember',
  da: 'januar februar marts april maj juni juli august september oktober november december',
  nb: 'januar februar mars april mai juni juli august september oktober november desember',
  sk:
    'január januára február februára marec marca apríl apríla máj mája jún júna júl júla august augusta ' +
    'september septembra október októbra november novembra december decembra',
  cs:
    'leden ledna únor února březen března duben dubna květen května červen června červenec července srpen ' +
    'srpna září říjen října listopad listopadu prosinec prosince',
  pl:
    'styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca ' +
    'sierpień sierpnia wrzesień września październik października listopad listopada grudzień grudnia',
  fi: 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
  hu: 'január február március április május június július augusztus szeptember október november december',
};

/** Languages that write ordinal numbers with a full stop: `12. Juni`, `na 10. pokus`, `XII. Pluku`. */
const ORDINAL_LANGUAGES = new Set([
  'de', 'da', 'nb', 'nn', 'no', 'sk', 'cs', 'pl', 'fi', 'hu', 'hr', 'sr', 'bs', 'sl', 'et', 'lv', 'lt', 'is', 'fo', 'tr', 'eu',
]);

export function writesOrdinalsWithFullStop(primary: string): boolean {
  return ORDINAL_LANGUAGES.has(primary);
}

export function monthsOf(primary: string): ReadonlySet<string> {
  const list = MONTHS[SAME_AS[primary] ?? primary];
  return new Set(list === undefined ? [] : list.split(' '));
}
