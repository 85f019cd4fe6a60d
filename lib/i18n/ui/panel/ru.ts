/** The on-page panel's words in Russian. */
import type { PanelKey } from './en';

export const panelRu: Readonly<Record<PanelKey, string>> = {
  'panel.title': 'Отметить участника закупки',
  'panel.close': 'Закрыть Rolecall',
  'panel.loading': 'Загрузка…',
  'panel.known': '{name} уже есть на карте {account}: при сохранении данные обновятся.',
  'panel.saved': 'Готово: {name} теперь на карте {account}.',
  'panel.updated': 'Обновлено: {name} на карте {account}.',
  'panel.done': 'Готово',
  'panel.unreachable':
    'Rolecall не может добраться до своего хранилища. Если расширение только что обновилось, перезагрузите страницу и попробуйте снова.',
  'form.name': 'Имя',
  'form.title': 'Должность',
  'form.account': 'Компания',
  'form.roles': 'Роли в принятии решения',
  'form.stance': 'Позиция',
  'form.influence': 'Влияние',
  'form.influence.high': 'Сильное',
  'form.influence.medium': 'Среднее',
  'form.influence.low': 'Слабое',
  'form.influence.unknown': 'Неизвестно',
  'form.department': 'Отдел',
  'form.departmentUnknown': 'Неизвестно',
  'form.note': 'Заметка',
  'form.save': 'Сохранить',
  'form.update': 'Обновить',
  'form.saveChanges': 'Сохранить изменения',
  'form.saving': 'Сохранение…',
  'form.cancel': 'Отмена',
  'form.nameRequired': 'Введите имя человека.',
  'form.accountRequired': 'Выберите компанию или введите новую.',
  'form.suggested': 'Подсказка по должности: {roles}',
  'save.noSpace':
    'Не удалось сохранить: в браузере закончилось место. Освободите место на диске и попробуйте снова.',
  'save.failed':
    'Не удалось сохранить ({detail}). Всё, что вы ввели, на месте: попробуйте ещё раз.',
};
