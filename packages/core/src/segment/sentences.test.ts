import { describe, expect, it } from 'vitest';
import { segmentSentences, sentenceBoundaries } from './index.ts';

/** [language, text, expected pieces]: the pieces join back to the text, so spaces stay at their ends. */
type Case = [string, string, string[]];

const rules: Record<string, Case[]> = {
  'sentence punctuation and the space after it': [
    ['en', 'One sentence. Another one! A third? Yes.', ['One sentence. ', 'Another one! ', 'A third? ', 'Yes.']],
    ['en', 'It ends here.  Two spaces stay with it.', ['It ends here.  ', 'Two spaces stay with it.']],
    ['en', 'Hello!! Long time no see. Hello?! Is that you?', ['Hello!! ', 'Long time no see. ', 'Hello?! ', 'Is that you?']],
    ['en', 'Unbelievable??!?! Right.', ['Unbelievable??!?! ', 'Right.']],
    ['en', 'No final stop', ['No final stop']],
    ['en', 'She works at Yahoo! in the accounting department.', ['She works at Yahoo! in the accounting department.']],
    ['en', 'Leave me alone! he yelled. I left.', ['Leave me alone! he yelled. ', 'I left.']],
    ['en', 'What do you see? - Posted like sentinels.', ['What do you see? ', '- Posted like sentinels.']],
    ['en', 'Mix it, and -- voila! -- you have cake.', ['Mix it, and -- voila! -- you have cake.']],
    ['en', 'She has 5 items. 2 of them are red.', ['She has 5 items. ', '2 of them are red.']],
    ['en', '! ! !', ['! ! !']],
  ],
  'abbreviations': [
    ['en', 'Mr. Smith and Dr. Jones met Prof. Lee. They talked.', ['Mr. Smith and Dr. Jones met Prof. Lee. ', 'They talked.']],
    ['en', 'Some states, e.g. Jordan, object. Others agree.', ['Some states, e.g. Jordan, object. ', 'Others agree.']],
    ['en', 'Rights, i.e. Human rights, come first.', ['Rights, i.e. Human rights, come first.']],
    ['en', 'See No. 5 and Art. 12 of the draft. It matters.', ['See No. 5 and Art. 12 of the draft. ', 'It matters.']],
    ['en', 'Say no. The answer stands.', ['Say no. ', 'The answer stands.']],
    ['en', 'Apples, pears, etc. The rest is fruit too.', ['Apples, pears, etc. ', 'The rest is fruit too.']],
    ['en', 'Apples, pears, etc. Fruit is good.', ['Apples, pears, etc. Fruit is good.']],
    ['en', 'Ask Pitt, Briggs & Co. They know. The GmbH & Co. KG is a firm.', ['Ask Pitt, Briggs & Co. ', 'They know. ', 'The GmbH & Co. KG is a firm.']],
    ['en', 'E.g. This one stays whole.', ['E.g. This one stays whole.']],
    ['en', 'Read it (cf. Annex A) first.', ['Read it (cf. Annex A) first.']],
    ['en', 'It was Inc. (“Company A”) that signed.', ['It was Inc. (“Company A”) that signed.']],
    ['en', 'The symbol is min. The fact is plain.', ['The symbol is min. ', 'The fact is plain.']],
    ['en', 'The med. staff is kind.', ['The med. staff is kind.']],
    ['de', 'Das gilt z.B. Für alle. Ende.', ['Das gilt z.B. Für alle. ', 'Ende.']],
    ['de', 'Sie besucht eine kath. Schule. Wir nicht.', ['Sie besucht eine kath. Schule. ', 'Wir nicht.']],
    ['de', 'Wir brauchen Getränke, z. B. Wasser, Saft, Bier usw.', ['Wir brauchen Getränke, z. B. Wasser, Saft, Bier usw.']],
    ['de', 'Wir trafen Dr. med. Meyer in der Stadt.', ['Wir trafen Dr. med. Meyer in der Stadt.']],
    ['es', 'El Sr. García habló. Luego calló.', ['El Sr. García habló. ', 'Luego calló.']],
    ['es', 'Hola Srta. Ledesma. Buenos días, soy el Lic. Naser.', ['Hola Srta. Ledesma. ', 'Buenos días, soy el Lic. Naser.']],
    ['fr', 'M. Dupont est là. Il attend.', ['M. Dupont est là. ', 'Il attend.']],
    ['it', "Sono l'Ing. Mengozzi. È presente l'Avv. Cassioni?", ["Sono l'Ing. Mengozzi. ", "È presente l'Avv. Cassioni?"]],
    ['it', 'Mi fissi un appuntamento per mar. 23 Nov.. Grazie.', ['Mi fissi un appuntamento per mar. 23 Nov.. ', 'Grazie.']],
    ['ru', 'Д-р наук А. И. Семенов и пр. выступали. В 2010-2012 гг. Виктор посещал г. Волгоград.', ['Д-р наук А. И. Семенов и пр. выступали. ', 'В 2010-2012 гг. Виктор посещал г. Волгоград.']],
    ['bg', 'Управлява 150 г. Саргон надделява. Стойностни, вкл. български и руски', ['Управлява 150 г. Саргон надделява. ', 'Стойностни, вкл. български и руски']],
    ['sk', 'Firmy ABTrade s. r. o., napr. XYZCorp a.s. sú tu.', ['Firmy ABTrade s. r. o., napr. XYZCorp a.s. sú tu.']],
  ],
  'initials': [
    ['en', 'The U.S. Government and the U.N. Secretariat spoke.', ['The U.S. Government and the U.N. Secretariat spoke.']],
    ['en', 'I live in the U.S. How about you?', ['I live in the U.S. ', 'How about you?']],
    ['en', 'There were 500 cases in the U.S. The U.S. Commission asked.', ['There were 500 cases in the U.S. ', 'The U.S. Commission asked.']],
    ['en', 'J. R. R. Tolkien wrote it. He was English.', ['J. R. R. Tolkien wrote it. ', 'He was English.']],
    ['en', 'My name is Jonas E. Smith.', ['My name is Jonas E. Smith.']],
    ['en', 'We make a good team, you and I. Did you see Albert I. Jones?', ['We make a good team, you and I. ', 'Did you see Albert I. Jones?']],
    ['en', 'He has Ph.D. level training', ['He has Ph.D. level training']],
    ['en', 'The list is in Annex A. The annex is long.', ['The list is in Annex A. ', 'The annex is long.']],
    ['ru', 'Пушкин родился в Москве. А. С. Пушкин писал.', ['Пушкин родился в Москве. ', 'А. С. Пушкин писал.']],
  ],
  'times': [
    ['en', 'He left at 6 P.M. Travelers who got the warning at 5 P.M. left later.', ['He left at 6 P.M. ', 'Travelers who got the warning at 5 P.M. left later.']],
    ['en', 'At 5 a.m. Mr. Smith went to the bank. He left.', ['At 5 a.m. Mr. Smith went to the bank. ', 'He left.']],
  ],
  'numbers, URLs, e-mail addresses and names with dots': [
    ['en', 'Pi is 3.14 and 1.000.000 is large. Fine.', ['Pi is 3.14 and 1.000.000 is large. ', 'Fine.']],
    ['en', 'She has $100.00. It is in her bag.', ['She has $100.00. ', 'It is in her bag.']],
    ['en', 'See https://example.org/a.b?Page=2#Top. Then go.', ['See https://example.org/a.b?Page=2#Top. ', 'Then go.']],
    ['en', 'Write to info@example.org. We answer.', ['Write to info@example.org. ', 'We answer.']],
    ['en', 'Her email is Jane.Doe@example.com. I sent her an email.', ['Her email is Jane.Doe@example.com. ', 'I sent her an email.']],
    ['en', 'Signed by IP.rec and Epicenter.works today.', ['Signed by IP.rec and Epicenter.works today.']],
    ['en', 'Visit www.testurl.Awesome.com now.', ['Visit www.testurl.Awesome.com now.']],
    ['en', 'All available in .jpeg format. We also offer .zip files.', ['All available in .jpeg format. ', 'We also offer .zip files.']],
    ['en', 'You can find it at N°. 1026.253.553. That is where it is.', ['You can find it at N°. 1026.253.553. ', 'That is where it is.']],
  ],
  'ordinal numbers': [
    ['de', 'Was sind die Konsequenzen der Abstimmung vom 12. Juni?', ['Was sind die Konsequenzen der Abstimmung vom 12. Juni?']],
    ['de', 'Die Information steht auf Seite 12. Dort kannst du nachlesen.', ['Die Information steht auf Seite 12. ', 'Dort kannst du nachlesen.']],
    ['de', 'Ausgrabungen aus dem 1. -3. Jahrhundert nach Christus.', ['Ausgrabungen aus dem 1. -3. Jahrhundert nach Christus.']],
    ['sk', 'Ide o príslušníkov XII. Pluku špeciálneho určenia.', ['Ide o príslušníkov XII. Pluku špeciálneho určenia.']],
    ['da', 'St. Michael’s Kirke er på 5. gade nær ved lyset.', ['St. Michael’s Kirke er på 5. gade nær ved lyset.']],
    ['en', 'I have 600. How many do you have?', ['I have 600. ', 'How many do you have?']],
  ],
  'sentences without a space between them, footnotes and citations': [
    ['en', 'Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot.', ['Hello world.', 'Today is Tuesday.', 'Mr. Smith bought 1,000.', 'That is a lot.']],
    ['en', 'It is a saint and martyr.[1] The emperor spoke.', ['It is a saint and martyr.[1] ', 'The emperor spoke.']],
    ['en', 'Things went on at large.[7][8] This was serious.', ['Things went on at large.[7][8] ', 'This was serious.']],
    ['en', 'It is in the Journal (1987).1 According to it, yes.', ['It is in the Journal (1987).1 ', 'According to it, yes.']],
    ['en', 'A gap in a consultation.11 12 Take the example.', ['A gap in a consultation.11 12 ', 'Take the example.']],
  ],
  'ellipses': [
    ['en', 'I never meant that.... She left the store.', ['I never meant that.... ', 'She left the store.']],
    ['en', 'Who talks slowly... And this is another sentence.', ['Who talks slowly... ', 'And this is another sentence.']],
    ['en', 'I wasn’t really ... well, what I mean...see . . . what I say . . . I didn’t mean it.', ['I wasn’t really ... well, what I mean...see . . . what I say . . . I didn’t mean it.']],
    ['en', 'End it with a period . . . . Next sentence.', ['End it with a period . . . . ', 'Next sentence.']],
    ['en', 'Habits were weakened . . . of compounds. . . . The practice was not abandoned. . . .', ['Habits were weakened . . . of compounds. ', '. . . The practice was not abandoned. . . .']],
    ['en', '"Bohr [...] used stairways [...]" (Smith 55). Next.', ['"Bohr [...] used stairways [...]" (Smith 55). ', 'Next.']],
    ['nl', '81 procent was raak. ...en toen barste de hel los.', ['81 procent was raak. ', '...en toen barste de hel los.']],
    ['ru', 'Сказал он… И ушёл.', ['Сказал он… ', 'И ушёл.']],
  ],
  'quotations and brackets': [
    ['en', 'They said “Stop.” Then they left.', ['They said “Stop.” ', 'Then they left.']],
    ['en', 'She turned to him, "This is great." she said.', ['She turned to him, "This is great." she said.']],
    ['en', "She turned to him, 'This is great.' She held the book.", ["She turned to him, 'This is great.' ", 'She held the book.']],
    ['en', 'He teaches (He worked for 5 years as an engineer.) at the University.', ['He teaches (He worked for 5 years as an engineer.) at the University.']],
    ['en', '"Dear! How queer! And so on." Next one.', ['"Dear! How queer! And so on." ', 'Next one.']],
    ['en', '"I should think!" (Dinah was the cat.) "I hope they will."', ['"I should think!" ', '(Dinah was the cat.) ', '"I hope they will."']],
    ['en', "The members' rights matter. Their claims too. The 'idea. It' failed.", ["The members' rights matter. ", 'Their claims too. ', "The 'idea. It' failed."]],
    ['en', 'He said “no. Then he left.', ['He said “no. ', 'Then he left.']],
    ['en', 'Next came a voice--"Pat! Pat! Where are you?" And then silence.', ['Next came a voice--"Pat! Pat! Where are you?" ', 'And then silence.']],
    ['en', 'So you see, we are doing our best, to--" At this moment, Five called out.', ['So you see, we are doing our best, to--" ', 'At this moment, Five called out.']],
    ['de', '„Ich habe keine Zeit“, sagte sie leise: „Und keine Lust.“ Wir haben 1.000.000 Euro.', ['„Ich habe keine Zeit“, sagte sie leise: „Und keine Lust.“ ', 'Wir haben 1.000.000 Euro.']],
    ['es', '«Ninguna mente está exenta de demencia.», dijo Aristóteles.', ['«Ninguna mente está exenta de demencia.», dijo Aristóteles.']],
    ['ru', 'Она кричала: «Не видали маму?». Потом ушла.', ['Она кричала: «Не видали маму?». ', 'Потом ушла.']],
    ['it', 'Si inizia così «Il/la sottoscritto/a.». Poi si firma.', ['Si inizia così «Il/la sottoscritto/a.». ', 'Poi si firma.']],
    ['fr', 'Il a dit : « Non ! » Puis il est parti.', ['Il a dit : « Non ! » ', 'Puis il est parti.']],
    ['fr', 'Il a dit\u00a0: «\u00a0Non\u202f!\u00a0» Puis il est parti.', ['Il a dit\u00a0: «\u00a0Non\u202f!\u00a0» ', 'Puis il est parti.']],
    ['fr', 'Vraiment ? Oui. « Bonjour » dit-il.', ['Vraiment ? ', 'Oui. « Bonjour » dit-il.']],
    ['de', '»Wir lehnen ab.« Die Koalition hat unterschrieben.', ['»Wir lehnen ab.« ', 'Die Koalition hat unterschrieben.']],
  ],
  'lists': [
    ['en', '1.) The first item 2.) The second item', ['1.) The first item ', '2.) The second item']],
    ['en', '1) The first item. 2) The second item.', ['1) The first item. ', '2) The second item.']],
    ['en', '1. The first item 2. The second item', ['1. The first item ', '2. The second item']],
    ['en', '• 9. The first item • 10. The second item', ['• 9. The first item ', '• 10. The second item']],
    ['en', '⁃9. The first item ⁃10. The second item', ['⁃9. The first item ', '⁃10. The second item']],
    ['en', 'a. The first item b. The second item c. The third item', ['a. The first item ', 'b. The second item ', 'c. The third item']],
    ['en', 'His name is Mark. a. here it is b. another', ['His name is Mark. ', 'a. here it is ', 'b. another']],
    ['en', '(a) Hello world. (b) Hello world.', ['(a) Hello world. ', '(b) Hello world.']],
    ['en', 'As payment for 1. above, and for 2. above, no fee is paid.', ['As payment for 1. above, and for 2. above, no fee is paid.']],
    ['en', 'We demand: 1) a withdrawal; 2) a deletion.', ['We demand: 1) a withdrawal; 2) a deletion.']],
    ['it', 'Devi comprare : 1)pesce 2)sale.', ['Devi comprare : 1)pesce 2)sale.']],
    ['es', 'La lista: 1.Helado, 2.Carne, 3.Arroz. ¿Cuánto costará?', ['La lista: 1.Helado, 2.Carne, 3.Arroz. ', '¿Cuánto costará?']],
  ],
  'line breaks': [
    ['en', 'features\ncontact manager\nevents, activities\n', ['features\n', 'contact manager\n', 'events, activities\n']],
    ['en', 'It was a cold \nnight in the city.', ['It was a cold \n', 'night in the city.']],
    ['en', '\n3\n\nIntroduction\n\n', ['\n3\n\n', 'Introduction\n\n']],
    ['en', 'Hello World. \r\n Hello.', ['Hello World. \r\n ', 'Hello.']],
  ],
  'Chinese and Japanese': [
    ['ja', '条約を拒否する。人権を守れ！本当か？はい。', ['条約を拒否する。', '人権を守れ！', '本当か？', 'はい。']],
    ['ja', '「止めて！」と言った。次に進む。', ['「止めて！」と言った。', '次に進む。']],
    ['ja', '「止めて！」次に進む。', ['「止めて！」', '次に進む。']],
    ['ja', '引き下げ幅は３．２９％以上だ。次だ。', ['引き下げ幅は３．２９％以上だ。', '次だ。']],
    ['ja', 'これは山です（これは山です。これは山です）。これは山です。', ['これは山です（これは山です。これは山です）。', 'これは山です。']],
    ['zh', '我们明天一起去看《摔跤吧！爸爸》好吗？好！', ['我们明天一起去看《摔跤吧！爸爸》好吗？', '好！']],
    ['en', 'Test strange period．Does it segment correctly．', ['Test strange period．', 'Does it segment correctly．']],
  ],
  'other scripts and conventions': [
    ['es', '¿Cómo está hoy? ¡Muy bien! Pablo, ¿adónde vas? ¡¿Qué viste?!', ['¿Cómo está hoy? ', '¡Muy bien! ', 'Pablo, ¿adónde vas? ', '¡¿Qué viste?!']],
    ['ar', 'سؤال وجواب: ماذا حدث؟ طرح الكثير.', ['سؤال وجواب: ', 'ماذا حدث؟ ', 'طرح الكثير.']],
    ['ar', 'في الساعة 05:01 صباحا.', ['في الساعة 05:01 صباحا.']],
    ['ar', 'ضغط الدم، والقلب، زرعها عملاء.', ['ضغط الدم، والقلب، ', 'زرعها عملاء.']],
    ['ar', 'وقال د\u202a.\u202c ديفيد ريدي إنها مريضة. وليس معروفا.', ['وقال د\u202a.\u202c ديفيد ريدي إنها مريضة. ', 'وليس معروفا.']],
    ['fa', 'خوشبختم، آقای رضا. شما کجایی هستید؟', ['خوشبختم، آقای رضا. ', 'شما کجایی هستید؟']],
    ['hy', 'Ի՞նչ ես մտածում: Ոչինչ: Տրամաբանությունը հետևյալն է. պարզություն:', ['Ի՞նչ ես մտածում: ', 'Ոչինչ: ', 'Տրամաբանությունը հետևյալն է. պարզություն:']],
    ['el', 'Πού είναι οι τουαλέτες; Τις Κυριακές.', ['Πού είναι οι τουαλέτες; ', 'Τις Κυριακές.']],
    ['hi', 'इसे कोई नहीं जानता। हो सकता है।', ['इसे कोई नहीं जानता। ', 'हो सकता है।']],
    ['am', 'እንደምን አለህ፧መልካም ቀን ይሁንልህ።', ['እንደምን አለህ፧', 'መልካም ቀን ይሁንልህ።']],
    ['kk', 'Ауыл шаруашылығы – кім? не?', ['Ауыл шаруашылығы – кім? ', 'не?']],
    ['kk', 'Бірақ оның енді не керегі бар? — деді.', ['Бірақ оның енді не керегі бар? — деді.']],
  ],
  'edges': [
    ['en', '', []],
    ['en', '   ', ['   ']],
    ['en', '.', ['.']],
    ['en', '. . .', ['. . .']],
    ['xx-invalid-tag!', 'Still works. Yes.', ['Still works. ', 'Yes.']],
    ['en-GB', 'Regional tags work. Yes.', ['Regional tags work. ', 'Yes.']],
  ],
};

describe('segmentSentences', () => {
  for (const [rule, cases] of Object.entries(rules)) {
    describe(rule, () => {
      it.each(cases)('[%s] %j', (lang, text, expected) => {
        const pieces = segmentSentences(text, lang);
        expect(pieces.join('')).toBe(text);
        expect(pieces).toEqual(expected);
      });
    });
  }

  it('gives a long text the same pieces as its paragraphs one by one', () => {
    const paragraph = 'The U.S. delegation spoke first. Mr. Smith agreed, e.g. On data. See https://example.org/x?y=1. Done! ';
    const one = segmentSentences(paragraph, 'en');
    expect(one).toHaveLength(4);
    expect(segmentSentences(paragraph.repeat(300), 'en')).toEqual(Array.from({ length: 300 }, () => one).flat());
  });

  it('finds the boundary after a very long sentence', () => {
    const long = `${'word '.repeat(3000)}end. Next sentence.`;
    expect(segmentSentences(long, 'en')).toEqual([`${'word '.repeat(3000)}end. `, 'Next sentence.']);
  });

  it('does not let a quotation that never closes, or one too long to be one, swallow the sentences after it', () => {
    expect(segmentSentences('He said “no. Then he left. And that was it.', 'en')).toHaveLength(3);
    const long = `“${'This is a sentence. '.repeat(100).trim()}” Then.`;
    expect(segmentSentences(long, 'en').length).toBeGreaterThan(100);
  });

  it('reports boundaries as positions where the next sentence starts', () => {
    expect(sentenceBoundaries('One. Two. Three.', 'en')).toEqual([5, 10]);
    expect(sentenceBoundaries('No boundary', 'en')).toEqual([]);
  });
});
