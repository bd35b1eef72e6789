package extract

import "testing"

// TestKindSourceArticleInName: a known outlet whose name opens with an
// article ("Le Monde", "El País") is the source after a speech word, not
// the word after the article; an article written with a capital
// mid-sentence is part of any name ("Selon Le Parisien").
func TestKindSourceArticleInName(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Comme le rappelle Le Monde, c’est sur ce média que l’OEI a revendiqué les attentats.", []string{"Le Monde/news_outlet"}, nil},
		{"Según El País, Telegram cerró 400 canales.", []string{"El País/news_outlet"}, []string{"País"}},
		{"Selon Le Figaro, Telegram a fermé 400 chaînes.", []string{"Le Figaro/news_outlet"}, []string{"Figaro"}},
		{"Selon Le Parisien, Telegram a fermé 300 chaînes.", []string{"Le Parisien"}, []string{"Parisien"}},
		// negatives: an article before a common noun, one written small
		{"Selon le ministre, 400 chaînes ont été fermées.", nil, []string{"ministre", "le ministre"}},
		{"Selon le Parisien, Telegram a fermé 300 chaînes.", []string{"Parisien"}, []string{"le Parisien"}},
	})
}

// TestKindSourceOutletDomain: an outlet named by its web address
// ("Lenta.ru") is a news outlet before or after a speech verb, and a
// Russian citing verb may leave it to the end of its clause; RT written so
// is the outlet, and a platform's channel named after it ("Telegram-канал
// Baza") speaks, not the platform.
func TestKindSourceOutletDomain(t *testing.T) {
	checkSources(t, []sourceCase{
		{"Об этом пишет Lenta.ru.", []string{"Lenta.ru/news_outlet"}, nil},
		{"— Заблокировано более 154 тысяч каналов, — приводит информацию от ведомства Lenta.ru.", []string{"Lenta.ru/news_outlet"}, nil},
		{"Lenta.ru сообщает, что заблокировано 400 каналов.", []string{"Lenta.ru/news_outlet"}, nil},
		{"According to Gazeta.ru, 400 channels were blocked.", []string{"Gazeta.ru/news_outlet"}, nil},
		{"Ответ ведомства приводит RT.", []string{"RT/news_outlet"}, nil},
		{"Об этом пишет Telegram-канал Baza.", []string{"Baza/news_outlet"}, []string{"Telegram"}},
		{"Об этом сообщает Telegram-канал Baza.", []string{"Baza/news_outlet"}, []string{"Telegram"}},
		// negatives: no name at the clause's end, a retweet mark, a name
		// past a comma
		{"Ведомство приводит данные о 400 каналах.", nil, []string{"данные"}},
		{"rt @telegram: 400 channels were blocked, reported nobody.", nil, []string{"RT", "rt"}},
		{"Ведомство приводит данные, Lenta.ru их не проверяла.", nil, []string{"Lenta.ru"}},
		{"Amazon.com said it removed 300 listings.", nil, []string{"Amazon.com"}},
	})
}

// TestKindArabicReportIssuer: a known outlet or office named between an
// Arabic verb of issuing and the report or study it issued is a source.
func TestKindArabicReportIssuer(t *testing.T) {
	checkSources(t, []sourceCase{
		{"أعدت خدمة المتابعة لهيئة الإذاعة البريطانية (بي بي سي) تقريرًا عن زيادة استخدام تنظيم «داعش» لتطبيق التليجرام.", []string{"BBC/news_outlet"}, nil},
		{"نشرت وكالة رويترز تقريرا عن حذف 400 قناة.", []string{"Reuters/wire"}, nil},
		{"وأصدر اليوروبول بيانا عن إغلاق 400 قناة.", []string{"Europol/government"}, nil},
		// negatives: no known name, no report after the verb
		{"نشرت الشركة تقريرا عن حذف 400 قناة.", nil, []string{"الشركة"}},
		{"نشرت بي بي سي صورا للقنوات.", nil, []string{"BBC"}},
	})
}

// TestKindSourceNameEnds: an Arabic body's name ends before the day it
// spoke on and the particle that opens what it said ("أعلنت وزارة
// الداخلية العراقية الخميس"، "بانها نجحت"، "والتي تأسست") and after a
// country's adjective at a word that takes no article ("وزارة الداخلية
// المصرية إغلاق"); a Russian office said to speak "в" it is named in the
// nominative; German and other common nouns that a capital or a verb of
// saying makes look like a name are none.
func TestKindSourceNameEnds(t *testing.T) {
	checkSources(t, []sourceCase{
		{"أعلنت وزارة الداخلية العراقية الخميس، 28 حزيران، أن السلطات أغلقت 430 حسابًا.", []string{"وزارة الداخلية العراقية"}, []string{"وزارة الداخلية العراقية الخميس"}},
		{"أعلنت وزارة الداخلية العراقية بانها نجحت بإغلاق 88 حساباً.", []string{"وزارة الداخلية العراقية"}, []string{"وزارة الداخلية العراقية بانها نجحت"}},
		{"وأفادت وكالة الأنباء السعودية يوم الأحد أن 1408 قنوات أغلقت.", []string{"وكالة الأنباء السعودية"}, []string{"وكالة الأنباء السعودية يوم الأحد"}},
		{"كشفت وزارة الداخلية المصرية إغلاق 1045 صفحة على فيسبوك.", []string{"وزارة الداخلية المصرية"}, []string{"وزارة الداخلية المصرية إغلاق"}},
		{"وأعلنت الهيئة السعودية للملكية الفكرية والتي تأسست في عام 2018 عن إغلاق 370 موقعا.", []string{"الهيئة السعودية للملكية الفكرية"}, []string{"الهيئة السعودية للملكية الفكرية والتي"}},
		{"В Росздравнадзоре уточнили, что удалено 300 сайтов.", []string{"Росздравнадзор"}, []string{"В Росздравнадзоре"}},
		{"В пятницу в Генпрокуратуре сообщили, что направили восемь требований.", []string{"Генпрокуратура"}, []string{"Генпрокуратуре"}},
		{"«Заблокировано 300 сайтов», — сообщили в Банке России.", []string{"Банк России"}, []string{"Банке России"}},
		{"Laut den Transparenzberichten der sozialen Medien wurden 89 Beiträge entfernt.", nil, []string{"Transparenzberichten"}},
		{"Wie die Bundesregierung im vorigen Jahr erklärte, wurden 99.166 Links gemeldet.", nil, []string{"Jahr"}},
		{"In einer öffentlichen Erklärung teilte Twitter mit, dass 70.000 Konten gesperrt wurden.", []string{"Twitter"}, []string{"Erklärung"}},
		{"CSAM reports that had action taken increased from 33 per cent to 45 per cent.", nil, []string{"CSAM"}},
	})
}

// TestKindSourceTitleRunIn: the last words of a job title run into the
// name after them are no part of it ("Head of Trust and Safety Paul
// Rockwell", "Предприниматель Павел Дуров"), and "le géant du Web" names
// no one.
func TestKindSourceTitleRunIn(t *testing.T) {
	checkSources(t, []sourceCase{
		{"LinkedIn’s Head of Trust and Safety Paul Rockwell wrote that 19.5 million accounts were blocked.", []string{"Paul Rockwell"}, []string{"Safety Paul Rockwell"}},
		{"Предприниматель Павел Дуров заявил, что заблокировано 300 каналов.", []string{"Павел Дуров"}, []string{"Предприниматель Павел Дуров"}},
		{"Le géant du Web indique avoir reçu 91 000 demandes de suppression.", nil, []string{"Web"}},
	})
}
