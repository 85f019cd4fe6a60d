/** The interface's own words in Russian. */
import { dashboardRu } from './dashboard/ru';
import type { UiKey } from './en';
import { panelRu } from './panel/ru';
import { transferRu } from './transfer/ru';

export const ru: Readonly<Record<UiKey, string>> = {
  // The on-page panel and the tag form (lib/i18n/ui/panel)
  ...panelRu,
  'invoke.forbidden':
    'Rolecall не может работать на этой странице. Служебные страницы браузера, магазин расширений и некоторые просмотрщики закрыты для расширений; откройте сайт самой компании и попробуйте снова.',
  // The popup
  'popup.account': 'Компания',
  'popup.tagOnPage': 'Отметить человека на этой странице',
  'popup.noAccounts':
    'Компаний пока нет. На странице команды или руководства компании выделите имя человека, щёлкните правой кнопкой мыши и выберите «Отметить как участника закупки».',
  'popup.emptyAccount': 'На карте {account} пока никого нет.',
  'popup.storageFailed': 'Rolecall не удалось открыть хранилище: {detail}',
  'popup.erased': 'Удалено: {name}.',
  'popup.undo': 'Отменить',
  'popup.eraseQuestion': 'Удалить {name} и все данные об этом человеке?',
  'popup.keep': 'Оставить',
  'popup.erase': 'Удалить',
  'popup.openDashboard': 'Все компании',
  'popup.edit': 'Изменить: {name}',
  'popup.eraseNamed': 'Удалить: {name}',
  'map.nobodyYet': 'Пока никого',
  'map.rolesNobodyHolds': 'Роли, которые пока никто не занимает',
  'map.noRole': 'Роль не указана',
  'map.rolesOf': 'Роли: {name}',
  'map.influence': 'Влияние: {level}',
  // Coverage in the popup
  'coverage.score': 'Покрытие',
  'coverage.scoreOf': 'Покрытие: {score} из 100',
  'coverage.raise': 'Что повысит его сильнее всего',
  'coverage.find': 'Найти: {item}',
  'coverage.strengthen': 'Укрепить: {item}',
  'coverage.points': '+{points}',
  'coverage.breadth': 'контакты в разных отделах',
  'coverage.functions': 'финансы, ИТ, юристы и закупки',
  'coverage.gaps': 'Пробелы',
  'coverage.noGaps': 'На этом этапе пробелов нет. Не забывайте регулярно сверять карту.',
  'coverage.questions': 'Что спросить',
  'coverage.copy': 'Копировать',
  'coverage.copyQuestion': 'Копировать вопрос',
  'coverage.copied': 'Скопировано',
  'coverage.concerns': 'Касается: {names}',
  'coverage.grid': 'Покрытие ролей',
  'coverage.people': 'Участники закупки',
  'coverage.prepare': 'Подготовиться к звонку',
  'coverage.briefCopied': 'Подготовка к звонку скопирована. Вставьте её в заметки или письмо.',
  'coverage.copyFailed': 'Не удалось скопировать в буфер обмена.',
  'deal.context': 'О сделке',
  'deal.stage': 'Этап',
  'deal.decisionMode': 'Как принимают решения',
  'deal.channel': 'Канал',
  'deal.preset': 'Методология',
  'deal.questionLanguage': 'Язык вопросов',
  'deal.choose': 'Сделка',
  'deal.add': 'Новая сделка',
  'deal.newName': 'Название новой сделки',
  'deal.create': 'Добавить сделку',
  'deal.others': 'Другие сделки с этой компанией',
  'deal.name': 'Название сделки',
  'deal.amount': 'Сумма',
  'deal.closeDate': 'Дата закрытия',
  'deal.crmId': 'Id сделки в CRM',
  'map.elsewhere': '{stance} в сделке «{deal}»',
  // Languages, by their own names
  'language.en': 'English',
  'language.ru': 'Русский',
  'language.zh': '中文',
  'language.id': 'Bahasa Indonesia',
  'language.fi': 'Suomi',
  'language.de': 'Deutsch',
  // The dashboard (lib/i18n/ui/dashboard)
  ...dashboardRu,
  // Moving maps in and out (lib/i18n/ui/transfer)
  ...transferRu,
};
