package deskgen

// Templates of generated notices, written for this generator. Slots in
// braces are filled by scene.fill: {plat}, {actor}, {outlet}, {agency},
// {country}, {date} (with year), {day} (without), {month}, {year},
// {fig1}…{fig3} (qualifier, number and unit), {val1}… (the number alone),
// {pct}, {langs}, {topic}, {verb}, {verbF}, {past}, {report}, {count}.

// articleTitles are headlines of news stories.
var articleTitles = map[string][]string{
	"en": {
		"{plat} {verb} {fig1} linked to {actor}",
		"{agency} and {plat} target {actor} {topic} in new {report}",
		"{plat} says it {past} {fig1} in {year}",
		"Inside the cat-and-mouse game between {plat} and {actor} supporters",
		"{actor} {topic} migrates after {plat} {report}",
		"How {actor} channels rebuild after every {plat} ban",
		"{fig1} {past} as {agency} steps up pressure on {plat}",
		"{plat}'s {report}: {fig1}, {fig2}",
		"Researchers question {plat}'s figures on {actor} {topic}",
		"Europe's referral units flag {fig1} on {plat}",
		"{country}: {actor} {topic} found on {plat} despite bans",
		"The numbers behind {plat}'s war on {topic}",
	},
	"fr": {
		"{plat} {verb} {fig1} lié{e1}s à {actor}",
		"{agency} et {plat} unissent leurs efforts contre {topic} de {actor}",
		"{plat} affirme avoir {past} {fig1} en {year}",
		"Au cœur du jeu du chat et de la souris entre {plat} et {actor}",
		"{plat} : après {report}, les partisans de {actor} changent de plateforme",
		"Suppression de {fig1} : {agency} met la pression sur {plat}",
		"Les chiffres de {plat} sur {actor} contestés par des chercheurs",
		"{country} : des contenus de {actor} toujours visibles sur {plat}",
		"Ce que cachent les chiffres de {plat} contre {topic}",
	},
	"ru": {
		"{plat} {verb} {fig1} {actor}",
		"{agency} и {plat} против {topic} {actor}",
		"{plat} сообщил, что за {year} год удалил {fig1}",
		"Кошки-мышки: как сторонники {actor} возвращаются в {plat}",
		"После блокировок в {plat} каналы {actor} уходят на другие площадки",
		"{agency}: в {plat} выявлено {fig1} сторонников {actor}",
		"Исследователи усомнились в цифрах {plat} о борьбе против {topic}",
		"Что стоит за отчётами {plat} о борьбе против {topic}",
	},
	"ar": {
		"{plat} {verb} {fig1} تابعة لـ{actor}",
		"{agency} و{plat} في حملة جديدة ضد {topic} لـ{actor}",
		"{plat}: {past} {fig1} خلال عام {year}",
		"لعبة القط والفأر بين {plat} وأنصار {actor}",
		"كيف يعيد أنصار {actor} بناء قنواتهم بعد كل حظر على {plat}",
		"{past} {fig1} على {plat} بعد ضغوط من {agency}",
		"باحثون يشككون في أرقام {plat} حول {topic}",
		"{country}: محتوى {actor} ما زال متاحاً على {plat} رغم الحظر",
		"ماذا تخفي أرقام {plat} عن الحرب على {topic}؟",
		"إغلاق {fig1} لـ{actor} على {plat}",
	},
}

// articleLeads open a story with its headline figure.
var articleLeads = map[string][]string{
	"en": {
		"{plat} {past} {fig1} {date} as part of a coordinated {report} against {actor} {topic}, {outlet} has learned.",
		"The messaging platform {plat} said {date} that it had {past} {fig1} used by {actor} supporters, and a further {fig2} in the following days.",
		"{agency} announced {date} that a joint {report} with {plat} had flagged {fig1} spreading {actor} {topic} in {langs}.",
		"Moderators at {plat} {past} {fig1} {month}, according to figures seen by {outlet}, the highest monthly total since the group's media wing moved to the platform.",
	},
	"fr": {
		"{plat} a {past} {fig1} {date}, dans le cadre d'une opération coordonnée contre {topic} de {actor}, a appris {outlet}.",
		"La plateforme {plat} a annoncé {date} avoir {past} {fig1} utilisé{e1}s par des partisans de {actor}, ainsi que {fig2} dans les jours suivants.",
		"{agency} a indiqué {date} qu'une opération menée avec {plat} avait permis de signaler {fig1} en {langs}.",
		"Les modérateurs de {plat} ont retiré {fig1} {month}, selon des chiffres consultés par {outlet}.",
	},
	"ru": {
		"{plat} {date} заблокировал {fig1} сторонников {actor} в рамках скоординированной операции против {topic}, сообщает «{outlet}».",
		"Платформа {plat} {date} сообщила об удалении {fig1} сторонников {actor}; в последующие дни были удалены ещё {fig2}.",
		"Как сообщает {agency}, {date} совместная операция с {plat} выявила {fig1} на {langs}.",
		"Модераторы {plat} удалили {fig1} {month}, следует из данных, с которыми ознакомился «{outlet}».",
	},
	"ar": {
		"أعلنت منصة {plat} {date} أنها حذفت {fig1} تستخدمها عناصر {actor} لنشر {topic}، وفق ما علمت {outlet}.",
		"قالت {plat} {date} إنها أغلقت {fig1} مرتبطة بـ{actor}، إضافة إلى {fig2} في الأيام التالية.",
		"أفادت {agency} {date} بأن حملة مشتركة مع {plat} رصدت {fig1} تنشر {topic} بـ{langs}.",
		"حذف مشرفو {plat} {fig1} {month}، بحسب أرقام اطلعت عليها {outlet}، وهو أعلى رقم شهري منذ انتقال الذراع الإعلامية للتنظيم إلى المنصة.",
	},
}

// articleParas are the body paragraphs of a story, figures and none.
var articleParas = map[string][]string{
	"en": {
		"The company did not say how many of the accounts had been reported by users and how many had been found by its own automated systems. In a previous report it said {pct} of such content was detected before anyone flagged it.",
		"Researchers who track the group's online presence say the figures should be read with care. A single channel can be counted several times if it is recreated under a new name, and backup channels often appear within hours of a ban.",
		"According to {agency}, the operation also covered {fig2} on other services, including file-sharing sites and smaller messaging apps that the group has turned to since {year}.",
		"\"We will continue to remove this content wherever we find it,\" a spokesperson for {plat} said in a statement, adding that the platform works with {agency} and with researchers to identify new accounts.",
		"The group's official media outlets have relied on {plat} since at least {year}, using it to publish claims of responsibility, speeches and recruitment videos in {langs}.",
		"{outlet} reviewed a sample of the removed material. Much of it consisted of reposted videos and posters, some of them years old, alongside instructions for reaching new channels.",
		"Independent monitors counted {fig3} still online a week after the announcement, suggesting that the bans slow the spread of the material without stopping it.",
		"Officials in {country} welcomed the move but said platforms should publish more detailed data, broken down by country and language, so that the figures can be checked.",
		"The latest action follows a series of similar sweeps. In the previous quarter the platform said it had removed {fig2}, a figure that critics said was inflated by duplicate accounts.",
		"Telegram, in particular, publishes a daily count of terrorist bots and channels it bans through its ISIS Watch channel, a figure that reporters often quote without checking how it is compiled.",
		"Analysts note that {actor} supporters increasingly split their content across several platforms, posting links on one service that lead to files stored on another.",
		"None of the figures could be independently verified. {plat} declined to say how many of the accounts belonged to the same people.",
		"The takedowns come as lawmakers in {country} debate new rules that would oblige platforms to remove terrorist content within one hour of a referral and to publish the number of referrals they receive. Civil-liberties groups warn that such deadlines push companies to remove first and check later, and that journalists and researchers who document the group's propaganda are often caught up in the bans.",
		"A researcher who has followed the group's channels since {year} told {outlet} that the pattern is familiar: a wave of bans, a few days of silence, then a new channel announced through forwarded messages, with a name that differs by a single letter from the old one. \"The numbers go up every month, but so does the number of channels that come back,\" she said.",
		"The figures published by {plat} cannot be compared directly with those of other companies. Some count accounts, others count pieces of content or enforcement actions, and few say how they treat material that is removed, restored on appeal and removed again. {agency} has called for a common reporting format, so far without result.",
		"In its most recent report, {plat} also said it had received {fig3} from governments and referral units, and that it acted on most of them within a day. The company does not publish how many of those requests came from each country.",
	},
	"fr": {
		"L'entreprise n'a pas précisé combien de comptes avaient été signalés par des utilisateurs et combien avaient été détectés par ses systèmes automatiques. Dans un rapport précédent, elle affirmait que {pct} de ces contenus étaient repérés avant tout signalement.",
		"Les chercheurs qui suivent la présence en ligne du groupe appellent à la prudence. Une même chaîne peut être comptée plusieurs fois si elle est recréée sous un autre nom, et des chaînes de secours apparaissent souvent quelques heures après une suppression.",
		"Selon {agency}, l'opération a également visé {fig2} sur d'autres services, notamment des sites de partage de fichiers et des messageries plus petites vers lesquelles le groupe s'est tourné depuis {year}.",
		"« Nous continuerons à supprimer ces contenus partout où nous les trouverons », a déclaré un porte-parole de {plat} dans un communiqué, ajoutant que la plateforme travaille avec {agency}.",
		"Les organes de propagande du groupe utilisent {plat} depuis au moins {year} pour publier des revendications, des discours et des vidéos de recrutement en {langs}.",
		"{outlet} a pu consulter un échantillon des contenus supprimés. Il s'agit en grande partie de vidéos et d'affiches republiées, parfois anciennes, accompagnées d'instructions pour rejoindre de nouvelles chaînes.",
		"Des observateurs indépendants ont recensé {fig3} encore en ligne une semaine après l'annonce, signe que les suppressions ralentissent la diffusion sans l'arrêter.",
		"Les autorités de {country} ont salué l'initiative mais demandent aux plateformes de publier des données plus détaillées, par pays et par langue, afin que les chiffres puissent être vérifiés.",
		"Aucun de ces chiffres n'a pu être vérifié de manière indépendante. {plat} n'a pas voulu dire combien de comptes appartenaient aux mêmes personnes.",
		"Ces suppressions interviennent alors que les parlementaires en {country} débattent de nouvelles règles obligeant les plateformes à retirer les contenus terroristes dans l'heure suivant un signalement. Les associations de défense des libertés craignent que de tels délais poussent les entreprises à supprimer d'abord et à vérifier ensuite, au détriment des journalistes et des chercheurs qui documentent la propagande du groupe.",
		"Un chercheur qui suit ces chaînes depuis {year} décrit un scénario bien connu : une vague de suppressions, quelques jours de silence, puis une nouvelle chaîne annoncée par des messages transférés, sous un nom qui ne diffère de l'ancien que d'une lettre. « Les chiffres augmentent chaque mois, mais le nombre de chaînes qui reviennent aussi », résume-t-il.",
		"Les chiffres publiés par {plat} ne sont pas directement comparables à ceux des autres entreprises. Certaines comptent des comptes, d'autres des contenus ou des actions de modération, et rares sont celles qui expliquent comment elles traitent un contenu supprimé puis rétabli après un recours.",
		"Dans son dernier rapport, {plat} indique également avoir reçu {fig3} de la part de gouvernements et d'unités de signalement, et y avoir donné suite en moins d'une journée dans la plupart des cas.",
		"Pour les enquêteurs, ces messageries restent un point d'entrée : les recruteurs y repèrent des profils, puis poursuivent la conversation sur des applications chiffrées. Plusieurs procès récents en {country} se sont appuyés sur des échanges de ce type.",
		"La plateforme assure avoir renforcé ses équipes de modération arabophones et francophones. Elle refuse toutefois de préciser combien de modérateurs travaillent sur ces contenus et dans quels pays ils sont basés.",
	},
	"ru": {
		"Компания не уточнила, сколько аккаунтов было выявлено по жалобам пользователей, а сколько — автоматическими системами. В предыдущем отчёте говорилось, что {pct} подобных материалов обнаруживается до первой жалобы.",
		"Исследователи, которые следят за присутствием группировки в сети, призывают относиться к цифрам осторожно: один и тот же канал может учитываться несколько раз, если его пересоздают под новым названием.",
		"Как сообщает {agency}, операция затронула также {fig2} на других сервисах, в том числе на файлообменниках и небольших мессенджерах, куда группировка перебралась после {year} года.",
		"«Мы продолжим удалять такой контент везде, где его найдём», — говорится в заявлении пресс-службы {plat}. Платформа сотрудничает с правоохранительными органами и независимыми исследователями.",
		"Официальные медиаресурсы группировки используют {plat} как минимум с {year} года: там публикуются заявления, выступления и вербовочные ролики на {langs}.",
		"«{outlet}» изучил часть удалённых материалов. В основном это перепосты старых видео и листовок, а также инструкции, как найти новые каналы.",
		"Независимые наблюдатели насчитали {fig3}, которые оставались доступны через неделю после объявления.",
		"Власти в {country} приветствовали этот шаг, но призвали платформы публиковать более подробные данные — с разбивкой по странам и языкам.",
		"Ни одну из этих цифр не удалось проверить независимо. В {plat} отказались сообщить, сколько аккаунтов принадлежало одним и тем же людям.",
		"Блокировки совпали с обсуждением в {country} новых правил, которые обяжут платформы удалять террористические материалы в течение часа после обращения и публиковать число таких обращений. Правозащитники предупреждают, что жёсткие сроки подталкивают компании сначала удалять, а потом проверять, и что под блокировки попадают журналисты и исследователи, документирующие пропаганду группировки.",
		"Исследователь, который наблюдает за каналами группировки с {year} года, описывает знакомую схему: волна блокировок, несколько дней тишины, затем новый канал, о котором сообщают пересланные сообщения, с названием, отличающимся от прежнего одной буквой. «Цифры растут каждый месяц, но растёт и число каналов, которые возвращаются», — говорит он.",
		"Данные {plat} нельзя напрямую сравнивать с отчётами других компаний: одни считают аккаунты, другие — отдельные материалы или действия модераторов, и лишь немногие объясняют, как учитывается контент, удалённый, восстановленный после обжалования и удалённый снова.",
		"В последнем отчёте {plat} также говорится, что компания получила {fig3} от государственных органов и подразделений по выявлению контента и в большинстве случаев отреагировала в течение суток.",
		"По словам следователей, мессенджеры остаются точкой входа: вербовщики находят там собеседников, а затем переводят общение в зашифрованные приложения. На такие переписки ссылались и в нескольких недавних судебных процессах.",
		"Платформа утверждает, что расширила команды модераторов, владеющих арабским и русским языками, но не раскрывает, сколько человек занимается такими материалами и в каких странах они работают.",
	},
	"ar": {
		"ولم توضح الشركة عدد الحسابات التي أبلغ عنها المستخدمون مقارنة بتلك التي رصدتها أنظمتها الآلية، لكنها ذكرت في تقرير سابق أن {pct} من هذا المحتوى يُكتشف قبل أي بلاغ.",
		"ويدعو باحثون يتابعون نشاط التنظيم على الإنترنت إلى التعامل مع هذه الأرقام بحذر، إذ قد تُحتسب القناة الواحدة أكثر من مرة إذا أعيد إنشاؤها باسم جديد، وغالباً ما تظهر قنوات احتياطية بعد ساعات من الحظر.",
		"وبحسب {agency}، شملت العملية أيضاً {fig2} على خدمات أخرى، من بينها مواقع مشاركة الملفات وتطبيقات مراسلة أصغر لجأ إليها التنظيم منذ عام {year}.",
		"وقال متحدث باسم {plat} في بيان: \"سنواصل إزالة هذا المحتوى أينما وجدناه\"، مضيفاً أن المنصة تعمل مع {agency} ومع باحثين لرصد الحسابات الجديدة.",
		"وتعتمد المنابر الإعلامية الرسمية للتنظيم على {plat} منذ عام {year} على الأقل، لنشر البيانات والخطب ومقاطع التجنيد بـ{langs}.",
		"واطلعت {outlet} على عينة من المواد المحذوفة، وتبين أن معظمها مقاطع وملصقات أعيد نشرها، بعضها قديم، إلى جانب تعليمات للوصول إلى قنوات جديدة.",
		"ورصد مراقبون مستقلون {fig3} ما زالت متاحة بعد أسبوع من الإعلان، ما يشير إلى أن الحظر يبطئ انتشار المواد دون أن يوقفه.",
		"ورحب مسؤولون في {country} بالخطوة، لكنهم طالبوا المنصات بنشر بيانات أكثر تفصيلاً بحسب البلد واللغة حتى يمكن التحقق من الأرقام.",
		"ولم يتسن التحقق من هذه الأرقام بشكل مستقل، ورفضت {plat} الإفصاح عن عدد الحسابات التي تعود إلى الأشخاص أنفسهم.",
		"ويشير محللون إلى أن أنصار {actor} باتوا يوزعون المحتوى على أكثر من منصة، فينشرون روابط على خدمة تقود إلى ملفات مخزنة على خدمة أخرى.",
		"وتأتي عمليات الحذف في وقت يناقش فيه مشرعون في {country} قواعد جديدة تلزم المنصات بإزالة المحتوى الإرهابي خلال ساعة واحدة من الإبلاغ عنه، ونشر عدد البلاغات التي تتلقاها. وتحذر منظمات حقوقية من أن هذه المهل تدفع الشركات إلى الحذف أولاً ثم التحقق لاحقاً، وأن الصحفيين والباحثين الذين يوثقون دعاية التنظيم يقعون ضحية الحظر.",
		"وقال باحث يتابع قنوات التنظيم منذ عام {year} إن النمط بات معروفاً: موجة من الحظر، ثم أيام من الصمت، ثم قناة جديدة يُعلن عنها عبر رسائل معاد توجيهها، باسم لا يختلف عن القديم إلا بحرف واحد. وأضاف: \"الأرقام ترتفع كل شهر، لكن عدد القنوات التي تعود يرتفع أيضاً\".",
		"ولا يمكن مقارنة الأرقام التي تنشرها {plat} مباشرة بأرقام الشركات الأخرى، فبعضها يحصي الحسابات وبعضها يحصي المنشورات أو إجراءات الإشراف، وقلة منها توضح كيف تتعامل مع محتوى حُذف ثم أعيد بعد الطعن ثم حُذف مجدداً.",
		"وذكرت {plat} في أحدث تقاريرها أنها تلقت {fig3} من حكومات ووحدات إحالة، وأنها استجابت لمعظمها خلال يوم واحد، من دون أن تنشر عدد الطلبات الواردة من كل بلد.",
		"ويقول محققون إن تطبيقات المراسلة ما زالت بوابة أولى للتجنيد، إذ يرصد المجندون فيها أشخاصاً ثم ينقلون الحديث إلى تطبيقات مشفرة. واستندت عدة محاكمات حديثة في {country} إلى محادثات من هذا النوع.",
		"وتؤكد المنصة أنها عززت فرق الإشراف الناطقة بالعربية، لكنها ترفض الكشف عن عدد المشرفين الذين يعملون على هذا المحتوى أو البلدان التي يعملون منها.",
	},
}

// statementTitles are a platform's own announcements.
var statementTitles = map[string][]string{
	"en": {"{plat} {report}: our fight against terrorist content", "An update on our work to counter {topic}", "{plat} community guidelines enforcement, {year}", "How {plat} keeps {actor} off the platform"},
	"fr": {"{plat} : notre lutte contre les contenus terroristes", "Point d'étape sur notre action contre {topic}", "{plat} : application des règles, {year}"},
	"ru": {"{plat}: как мы боремся с террористическим контентом", "Отчёт {plat} о соблюдении правил за {year} год", "Новые меры {plat} против {topic}"},
	"ar": {"{plat}: جهودنا لمكافحة المحتوى الإرهابي", "تحديث حول عملنا لمواجهة {topic}", "تقرير {plat} لإنفاذ معايير المجتمع لعام {year}"},
}

// statementParas are written in the platform's voice.
var statementParas = map[string][]string{
	"en": {
		"In the quarter that began {month} we took action on {fig1} for violating our policies on dangerous organisations, {pct2} of which we found before anyone reported it.",
		"Our teams also removed {fig2} that tried to return to the platform after an earlier ban. We work with {agency} and share hashes of known terrorist content with other companies.",
		"We publish these figures every quarter. They count enforcement actions, not people: one person may run several accounts, and a removed item may have been posted more than once.",
		"Since {year} we have expanded our review teams to cover {langs}, including Arabic, French and Russian.",
	},
	"fr": {
		"Au cours du trimestre commencé {month}, nous avons agi contre {fig1} pour violation de nos règles sur les organisations dangereuses, dont {pct2} détecté{e1}s avant tout signalement.",
		"Nos équipes ont également supprimé {fig2} qui tentaient de revenir après une première exclusion. Nous travaillons avec {agency} et partageons les empreintes des contenus terroristes connus.",
		"Ces chiffres comptent des actions de modération et non des personnes : une même personne peut gérer plusieurs comptes.",
	},
	"ru": {
		"Только {month} мы приняли меры в отношении {fig1} за нарушение правил об опасных организациях; {pct2} из них выявлены до жалоб пользователей.",
		"Кроме того, удалены {fig2}, которые пытались вернуться на платформу после блокировки. Мы обмениваемся хешами известных террористических материалов с другими компаниями.",
		"Эти цифры отражают действия модерации, а не число людей: один человек может управлять несколькими аккаунтами.",
	},
	"ar": {
		"{month} وحده، اتخذنا إجراءات بحق {fig1} لانتهاكها سياساتنا بشأن المنظمات الخطرة، ورصدنا {pct2} منها قبل أي بلاغ.",
		"كما أزالت فرقنا {fig2} حاولت العودة إلى المنصة بعد حظرها سابقاً، ونتعاون مع {agency} لتبادل بصمات المحتوى الإرهابي المعروف.",
		"تعكس هذه الأرقام إجراءات الإنفاذ لا عدد الأشخاص، فقد يدير شخص واحد عدة حسابات.",
	},
}

// posts are short channel posts in every language.
var posts = map[string][]string{
	"en": {
		"BREAKING: {plat} {verb} {fig1} run by {actor} supporters in the past {hours} hours. #{plat} #CVE",
		"{agency} says {fig1} were flagged on {plat} {date}. Thread below.",
		"New: {plat} {past} {fig1} this week; {fig2} reappeared within a day.",
	},
	"fr": {
		"URGENT – {plat} {verb} {fig1} lié{e1}s à {actor} en {hours} heures. #terrorisme",
		"{agency} : {fig1} signalé{e1}s sur {plat} {date}.",
		"{plat} a {past} {fig1} cette semaine ; {fig2} sont déjà revenu{e2}s.",
	},
	"ru": {
		"СРОЧНО: {plat} заблокировал {fig1} сторонников {actor} за последние {hours} часа.",
		"{agency}: {date} в {plat} выявлено {fig1}.",
		"{plat} удалил {fig1} за неделю, но {fig2} уже вернулись.",
	},
	"ar": {
		"🔴 {urgent} | {plat} {verbF} {fig1} لـ{actor} خلال {hours} ساعة #داعش #{platTag}",
		"{agency}: رصد {fig1} على {plat} {date}",
		"{plat} {verbF} {fig1} هذا الأسبوع، وعودة {fig2} خلال يوم واحد",
		"خبر عاجل: حملة جديدة على {plat} و{past} {fig1} تابعة للتنظيم",
	},
}

// dailyBan is the daily post of Telegram's ISIS Watch channel, in the
// wordings it has used.
var dailyBan = []string{
	"{n} terrorist bots and channels banned on {Month}, {d}.\nTotal this month: {total}\n\nReport terrorist content using the in-app 'Report' button or to abuse@telegram.org.",
	"{n} ISIS bots and channels banned on {Month}, {d}.\nTotal this month: {total}",
	"{n} terrorist bots and channels banned on {Month} {d}.\nTotal this month: {total}\n\nReport terrorist content using the in-app 'Report' button or to abuse@telegram.org.",
}
