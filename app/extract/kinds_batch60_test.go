package extract

import "testing"

// TestKindRussianCaseForms: the dative, instrumental and prepositional
// forms of тысяча, миллион, миллиард and процент are scales and percent
// like the others (held-out batch 60: "ограничили доступ к 21 тысяче
// сайтов", "в 73 процентах случаев удалению подвергались сайты").
func TestKindRussianCaseForms(t *testing.T) {
	runKindsQualRate(t, []kindCase{
		{"ru, к тысяче", "Роскомнадзор ограничил доступ к 12 тысяче страниц с фейками.", []string{"12000 pages"}},
		{"ru, тысячей", "Ведомство заблокировало доступ к сайтам с 3 тысячей ссылок на пиратский контент.", []string{"3000 links"}},
		{"ru, к миллиону", "Доступ ограничен к 1,2 миллиону сайтов.", []string{"1200000 sites"}},
		{"ru, о миллионах", "Ведомство сообщило о 3 миллионах удаленных материалов.", []string{"3000000 content_items"}},
		{"ru, в процентах", "В 64 процентах случаев заблокированы сайты с продажей лекарств.", []string{"64 percent"}},
		// unchanged: the other case forms
		{"ru, тысяч", "Роскомнадзор заблокировал 21 тысячу сайтов.", []string{"21000 sites"}},
	})
}
