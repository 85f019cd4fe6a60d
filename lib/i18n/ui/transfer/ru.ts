/** Words for moving maps in and out, in Russian. */
import type { TransferCatalog } from './index';

export const transferRu: TransferCatalog = {
  // Where a problem is
  'transfer.where.row': 'Строка {row}',
  'transfer.where.rowColumn': 'Строка {row}, столбец «{column}»',
  'transfer.where.line': 'Строка {line}',
  'transfer.where.lineColumn': 'Строка {line}, позиция {column}',
  'transfer.where.mapping': 'Сопоставление столбцов',
  'transfer.where.path': '{path}',
  'transfer.where.person': 'Человек {number}',
  'transfer.where.personNamed': 'Человек {number} ({name})',
  'transfer.where.account': 'Компания {number}',
  'transfer.where.accountNamed': 'Компания {number} ({name})',
  'transfer.where.deal': 'Сделка {number}',
  'transfer.where.dealNamed': 'Сделка {number} ({name})',
  'transfer.where.record': '{record} ({path})',
  'transfer.where.recordField': '{record}, поле «{field}» ({path})',
  'transfer.where.personByName': 'Человек «{name}»',
  // What a value is
  'transfer.kind.text': 'текстом',
  'transfer.kind.number': 'числом',
  'transfer.kind.list': 'списком',
  'transfer.kind.object': 'объектом',
  'transfer.kind.boolean': 'true или false',
  // What is wrong with a file
  'transfer.problem.tooBig':
    'Размер файла {size}; Rolecall импортирует файлы до {max}. Проверьте, что это резервная копия Rolecall или CSV с контактами, или разделите его на файлы поменьше.',
  'transfer.problem.emptyFile': 'Файл пуст.',
  'transfer.problem.workbook':
    'Это книга Excel или ZIP-архив, а не CSV. Сохраните её как «CSV UTF-8» и импортируйте этот файл.',
  'transfer.problem.binary':
    'Это не текстовый файл (похоже на двоичные данные). Выберите резервную копию Rolecall (.json) или файл CSV.',
  'transfer.problem.badEncoding':
    'Эта строка — не текст в {encoding} (похоже, в файле смешаны кодировки, например строки вставлены из старой таблицы). Откройте файл в табличном редакторе, сохраните как «CSV UTF-8» и импортируйте снова.',
  'transfer.problem.notBackupStart':
    'Это не резервная копия Rolecall: копия — это JSON-файл, который начинается с «{».',
  'transfer.problem.cutOff':
    'Файл обрывается, как будто обрезан (прерванная загрузка или копирование?). Экспортируйте резервную копию заново и импортируйте новый файл.',
  'transfer.problem.invalidJson':
    'Это не корректный JSON, поэтому это не может быть резервной копией Rolecall.',
  'transfer.problem.notRolecall':
    'Этот JSON-файл — не резервная копия Rolecall (в нём нет "format": "{format}").',
  'transfer.problem.newerVersion':
    'Эта копия сделана более новой версией Rolecall (формат версии {version}; эта версия читает формат {supported}). Обновите Rolecall и импортируйте снова.',
  'transfer.problem.sameAccountId':
    'имеет тот же id, что и компания {first}; каждая компания должна встречаться один раз.',
  'transfer.problem.samePersonId':
    'имеет тот же id, что и человек {first}; каждый человек должен встречаться один раз.',
  'transfer.problem.accountNotInFile':
    'относится к компании «{account}», которой нет в этом файле.',
  'transfer.problem.sameDealId':
    'имеет тот же id, что и сделка {first}; каждая сделка должна встречаться один раз.',
  'transfer.problem.dealNotInAccount':
    'участвует в сделке «{deal}», которой нет среди сделок его компании в этом файле.',
  'transfer.problem.missing': 'отсутствует.',
  'transfer.problem.notWhole': 'должно быть целым числом, а не {got}.',
  'transfer.problem.shouldBe': 'должно быть {expected}, а не {got}.',
  'transfer.problem.notOneOf': '{got} — не одно из значений: {values}.',
  'transfer.problem.tooLong': 'длиннее {max} символов.',
  'transfer.problem.aboveMax': 'больше {max}.',
  'transfer.problem.blank': 'пусто.',
  'transfer.problem.tooFew': 'нужно хотя бы {min} элемент(ов).',
  'transfer.problem.negative': 'отрицательное.',
  'transfer.problem.belowMin': 'меньше {min}.',
  'transfer.problem.notDateTime': '{got} — не дата и время вида 2024-03-01T09:30:00.000Z.',
  'transfer.problem.badFormat': '{got} — неверный формат «{format}».',
  'transfer.problem.other': '{detail}',
  'transfer.problem.more': '…и ещё {count} подобных проблем.',
  'transfer.problem.notCsv': 'Файл не удалось прочитать как CSV.',
  'transfer.problem.openQuote':
    'В ячейке открыта кавычка ("), которая нигде не закрывается, и весь остаток файла стал бы одной ячейкой.',
  'transfer.problem.textAfterQuote':
    'В ячейке в кавычках после закрывающей кавычки (") есть текст до следующей запятой.',
  'transfer.problem.badRow': 'Эта строка — некорректный CSV.',
  'transfer.problem.tooManyRows':
    'В файле больше {max} строк; Rolecall импортирует до {max} человек за раз. Разделите его на файлы поменьше.',
  'transfer.problem.noHeader': 'В первой строке должны быть названия столбцов, но она пуста.',
  'transfer.problem.noRows': 'В файле есть названия столбцов, но нет строк.',
  'transfer.problem.samePersonRow':
    'имеет тот же id человека, что и строка {row}; каждый человек должен встречаться один раз.',
  'transfer.problem.noCompany': 'не указана компания этого человека.',
  'transfer.problem.notDate': '{got} — не дата вида 2024-03-01.',
  'transfer.problem.notDateOrTime': '{got} — не дата вида 2024-03-01 или 2024-03-01T09:30:00Z.',
  'transfer.problem.formula':
    'начинается как формула таблицы; значение сохранено как обычный текст, никогда не выполняется, а при экспорте обезвреживается.',
  'transfer.problem.nobodyCalled':
    'в компании «{account}» в этом файле нет никого с именем {name}; поле оставлено пустым.',
  'transfer.problem.twoColumns': 'Два столбца сопоставлены с «{field}»; выберите один.',
  'transfer.problem.chooseName':
    'Выберите столбец с именем человека (полное имя или имя и фамилия).',
  'transfer.problem.chooseCompany':
    'Выберите столбец с названием компании или укажите одну компанию для всех.',
  'transfer.problem.bossUnknown':
    'подчиняется человеку, которого нет ни в файле, ни в вашей карте; поле «Руководитель» оставлено пустым.',
  'transfer.problem.writeRefused':
    'Ничего не импортировано: база данных браузера отказала в записи ({reason}). Ваша карта не изменилась.',
  'transfer.problem.cannotOpen': 'Не удаётся открыть файл (он существует?).',
  // The fields a CSV column can hold
  'transfer.field.account-name': 'Компания (название)',
  'transfer.field.account-domains': 'Домены сайта компании',
  'transfer.field.first-name': 'Имя',
  'transfer.field.last-name': 'Фамилия',
  'transfer.field.name': 'Полное имя',
  'transfer.field.title': 'Должность',
  'transfer.field.department': 'Отдел',
  'transfer.field.seniority': 'Уровень должности',
  'transfer.field.roles': 'Роли в принятии решения',
  'transfer.field.stance': 'Позиция',
  'transfer.field.influence': 'Влияние',
  'transfer.field.reports-to': 'Руководитель (имя)',
  'transfer.field.email': 'Эл. почта',
  'transfer.field.phone': 'Телефон',
  'transfer.field.profile-url': 'Ссылка на профиль',
  'transfer.field.evidence-source-url': 'Источник: страница',
  'transfer.field.evidence-captured-at': 'Источник: когда сохранён',
  'transfer.field.evidence-method': 'Источник: как сохранён',
  'transfer.field.evidence-last-verified-at': 'Источник: последняя проверка',
  'transfer.field.note': 'Заметки',
  'transfer.field.created-at': 'Человек добавлен',
  'transfer.field.updated-at': 'Человек изменён',
  'transfer.field.account-stage': 'Этап сделки',
  'transfer.field.deal-name': 'Сделка',
  'transfer.field.deal-id': 'Id сделки в Rolecall',
  'transfer.field.deal-amount': 'Сумма сделки',
  'transfer.field.deal-close-date': 'Дата закрытия',
  'transfer.field.deal-crm-id': 'Id сделки в CRM',
  'transfer.field.account-decision-mode': 'Как принимают решения',
  'transfer.field.account-channel': 'Канал сделки',
  'transfer.field.account-preset': 'Методология',
  'transfer.field.account-language': 'Язык вопросов',
  'transfer.field.account-created-at': 'Компания добавлена',
  'transfer.field.account-updated-at': 'Компания изменена',
  'transfer.field.deal-created-at': 'Сделка добавлена',
  'transfer.field.deal-updated-at': 'Сделка изменена',
  'transfer.field.person-id': 'Id человека в Rolecall',
  'transfer.field.account-id': 'Id компании в Rolecall',
  'transfer.field.reports-to-id': 'Руководитель (id в Rolecall)',
  // Export
  'transfer.export.heading': 'Экспорт',
  'transfer.export.what': 'Что экспортировать',
  'transfer.export.all': 'Все компании (компаний: {accounts}, людей: {people})',
  'transfer.export.one': 'Одну компанию',
  'transfer.export.account': 'Компания',
  'transfer.export.format': 'Формат',
  'transfer.export.json': 'Резервная копия Rolecall (JSON)',
  'transfer.export.jsonHint':
    'Всё, вместе с id и источниками: чтобы восстановить на новом компьютере или передать коллеге.',
  'transfer.export.csv': 'Таблица (CSV)',
  'transfer.export.csvHint':
    'По строке на человека и сделку, для Excel, Google Sheets или Numbers.',
  'transfer.export.hubspot': 'Контакты и сделки HubSpot (три файла CSV)',
  'transfer.export.hubspotHint':
    'В HubSpot импортируйте сначала файл контактов, затем файл сделок, затем файл участников сделок (связи с метками по ролям); см. README.',
  'transfer.export.salesforce': 'Salesforce (два файла CSV)',
  'transfer.export.salesforceHint':
    'Сначала импортируйте файл контактов мастером импорта данных, затем файл ролей контактов; подробности в README.',
  'transfer.export.download': 'Скачать',
  'transfer.export.downloaded': 'Скачано: {files}.',
  'transfer.export.nothing': 'Пока нечего экспортировать: сначала отметьте нескольких людей.',
  'transfer.export.failed':
    'Не удалось экспортировать ({detail}). Ваша карта не изменилась: попробуйте снова.',
  'transfer.export.short': 'Экспорт: {account}',
  'transfer.export.as': 'Скачать {account} как {format}',
  'transfer.format.json': 'JSON',
  'transfer.format.csv': 'CSV',
  'transfer.format.hubspot': 'HubSpot',
  'transfer.format.salesforce': 'Salesforce',
  // Import
  'transfer.import.heading': 'Импорт',
  'transfer.import.choose': 'Выбрать файл',
  'transfer.import.hint':
    'Резервная копия Rolecall (.json) или CSV с контактами из таблицы или CRM. Ничего не записывается, пока вы не подтвердите предпросмотр.',
  'transfer.import.reading': 'Читаем {file}…',
  'transfer.import.parsing': 'Читаем {file}…',
  'transfer.import.checking': 'Проверяем {file}…',
  'transfer.import.planning': 'Сравниваем {file} с вашей картой…',
  'transfer.import.writing': 'Импортируем {file}…',
  'transfer.import.progress': '{percent}%',
  'transfer.import.refused': '{file} не импортирован. В вашей карте ничего не изменилось.',
  'transfer.import.applyFailed': 'Импорт не завершился. В вашей карте ничего не изменилось.',
  'transfer.import.another': 'Выбрать другой файл',
  'transfer.import.done':
    '{file} импортирован: компаний новых {accountsAdded}, обновлено {accountsUpdated}; людей новых {peopleAdded}, обновлено {peopleUpdated}.',
  'transfer.import.kept': 'Для {count} человек оставлена ваша версия.',
  'transfer.import.warnings': 'Стоит знать',
  'transfer.mapping.heading': 'Что в каком столбце?',
  'transfer.mapping.hint':
    'Rolecall угадал по названиям столбцов {file} (строк: {rows}). Проверьте каждую догадку; столбцы с «Пропустить» не импортируются.',
  'transfer.mapping.column': 'Столбец в файле',
  'transfer.mapping.sample': 'Первая строка',
  'transfer.mapping.field': 'Импортировать как',
  'transfer.mapping.ignore': 'Пропустить',
  'transfer.mapping.fallback': 'Компания для строк без компании',
  'transfer.mapping.fallbackHint': 'Оставьте пустым, если в каждой строке указана компания.',
  'transfer.mapping.continue': 'Предпросмотр импорта',
  'transfer.mapping.back': 'Назад к столбцам',
  'transfer.preview.heading': 'Предпросмотр: {file}',
  'transfer.preview.accountsAdd': 'Новые компании',
  'transfer.preview.accountsUpdate': 'Обновлённые компании',
  'transfer.preview.peopleAdd': 'Новые люди',
  'transfer.preview.peopleUpdate': 'Обновлённые люди',
  'transfer.preview.unchanged': 'Уже в вашей карте',
  'transfer.preview.nothingNew': 'Всё из этого файла уже есть в вашей карте.',
  'transfer.preview.conflicts': 'Люди, которые, возможно, уже есть в вашей карте',
  'transfer.preview.conflictsHint': 'Выберите для каждого случая, что с ними сделать.',
  'transfer.preview.pair': '{mine} в вашей карте, {theirs} в файле ({account})',
  'transfer.preview.more': '…и ещё {count}',
  'transfer.preview.apply': 'Импортировать',
  'transfer.preview.cancel': 'Отмена',
  'transfer.conflict.edited-here': 'Изменены в вашей карте после создания файла ({count})',
  'transfer.conflict.profile-url': 'Та же ссылка на профиль ({count})',
  'transfer.conflict.email': 'Та же эл. почта ({count})',
  'transfer.conflict.name': 'То же имя в той же компании ({count})',
  'transfer.choice.keep-mine': 'Оставить мои',
  'transfer.choice.take-theirs': 'Взять из файла',
  'transfer.choice.keep-both': 'Оставить оба',
  // Erasing an account
  'transfer.erase.button': 'Удалить эту компанию',
  'transfer.erase.question':
    'Удалить {account} и всех людей в ней ({count})? Все записи о них будут стёрты.',
  'transfer.erase.keep': 'Оставить',
  'transfer.erase.confirm': 'Удалить',
  'transfer.erase.done': 'Удалено: {account}.',
  'transfer.erase.undo': 'Отменить',
  'transfer.erase.failed': 'Не удалось удалить ({detail}). Ничего не удалено.',
  // The pre-export check for CRM files, and messages added with it
  'transfer.problem.noVersion':
    'В этой резервной копии Rolecall нет «version» (целое число, например 1), поэтому Rolecall не знает, как её читать. Экспортируйте копию заново или добавьте "version": 1, если файл написан вручную.',
  'transfer.problem.versionNotNumber':
    '«version» должна быть целым числом, например 1, а не {got}. Запишите её без кавычек ("version": 1) или экспортируйте копию заново.',
  'transfer.problem.jsonNotUtf8':
    'Эта строка — не корректный UTF-8. Резервная копия Rolecall всегда в UTF-8, значит, файл изменили после экспорта (редактор сохранил его в другой кодировке?). Экспортируйте копию заново или сохраните файл в редакторе как UTF-8.',
  'transfer.problem.missingOneOf': 'отсутствует; допустимые значения: {values}.',
  'transfer.problem.trailingComma':
    'Перед этой скобкой после последнего элемента стоит запятая, а JSON этого не допускает. Удалите эту запятую и импортируйте снова.',
  'transfer.problem.reportsToSelf':
    'подчиняется самому себе; в поле «подчиняется» должен быть другой человек. Очистите поле или укажите руководителя и импортируйте снова.',
  'transfer.problem.controlChar':
    'содержит невидимый управляющий символ ({code}), которого не должно быть в тексте и который ломает CSV-файлы. Возможно, файл повреждён: удалите символ и импортируйте снова.',
  'transfer.check.heading': 'Перед импортом в {crm}',
  'transfer.check.hint':
    'Файл готов, но {crm} сделает с ним следующее. Исправьте это сначала в Rolecall или всё равно скачайте.',
  'transfer.check.names': '{names}',
  'transfer.check.namesMore': '{names} и ещё {more}',
  'transfer.check.noDomain':
    'У компаний без домена сайта ({count}): {names}. HubSpot находит компании по домену и потому создаст новую компанию для каждого контакта этих компаний. Что сделать: добавьте домен компании в Rolecall и экспортируйте снова.',
  'transfer.check.noEmail':
    'Людей без e-mail: {count} — {names}. HubSpot узнаёт существующие контакты только по e-mail, поэтому при каждом импорте создаст их заново и не сможет добавить им роли. Что сделать: добавьте e-mail в Rolecall или импортируйте их один раз и дальше правьте в HubSpot.',
  'transfer.check.tooLong':
    'Значений в «{column}» длиннее, чем допускает Salesforce ({max} символов): {count} — {names}. Salesforce отклонит эти строки. Что сделать: сократите их в Rolecall и экспортируйте снова.',
  'transfer.check.guarded':
    'Значений в «{column}», начинающихся как формула таблицы: {count} — {names}. Они получат апостроф в начале, чтобы ни одна таблица их не выполнила, и {crm} сохранит этот апостроф. Что сделать: если значение не должно так начинаться, исправьте его в Rolecall.',
  'transfer.check.otherRole':
    'Привратников или инициаторов: {count} — {names}. В {crm} такой роли нет, они будут записаны как «Other». Что сделать: ничего; чтобы сохранить различие, добавьте роль в список значений {crm} и измените эти строки.',
  'transfer.check.sameAccountName':
    'Разные компании с одинаковым названием: {names}. Мастер импорта сопоставляет компании по названию и площадке, и их контакты попадут в одну компанию. Что сделать: переименуйте одну в Rolecall (добавьте город или страну) и экспортируйте снова.',
  'transfer.check.anyway': 'Всё равно скачать',
  'transfer.check.cancel': 'Отмена',
  'transfer.export.hubspotAdd':
    'Добавить роли к тем, что уже есть у контактов в HubSpot, а не заменять их',
};
