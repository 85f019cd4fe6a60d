/** The interface's own words in Chinese (simplified). */
import { dashboardZh } from './dashboard/zh';
import type { UiKey } from './en';
import { panelZh } from './panel/zh';
import { transferZh } from './transfer/zh';

export const zh: Readonly<Record<UiKey, string>> = {
  // The on-page panel and the tag form (lib/i18n/ui/panel)
  ...panelZh,
  'invoke.forbidden':
    'Rolecall 无法在此页面上运行。浏览器内置页面、扩展商店和部分查看器不允许扩展运行；请打开该公司自己的网页后重试。',
  // The popup
  'popup.account': '客户',
  'popup.tagOnPage': '在此页面上标记人员',
  'popup.noAccounts':
    '还没有客户。在公司的团队或管理层页面上，选中某人的姓名，点击右键，然后选择“标记为关键人”。',
  'popup.emptyAccount': '{account} 的图上还没有任何人。',
  'popup.storageFailed': 'Rolecall 无法打开自己的存储：{detail}',
  'popup.erased': '已删除 {name}。',
  'popup.undo': '撤销',
  'popup.eraseQuestion': '删除 {name} 及其所有记录？',
  'popup.keep': '保留',
  'popup.erase': '删除',
  'popup.openDashboard': '所有客户',
  'popup.edit': '编辑 {name}',
  'popup.eraseNamed': '删除 {name}',
  'map.nobodyYet': '暂无人员',
  'map.rolesNobodyHolds': '尚无人担任的角色',
  'map.noRole': '尚未标注角色',
  'map.rolesOf': '{name} 的角色',
  'map.influence': '影响力：{level}',
  // Coverage in the popup
  'coverage.score': '覆盖度',
  'coverage.scoreOf': '覆盖度 {score} 分（满分 100）',
  'coverage.raise': '怎样提分最多',
  'coverage.find': '找到{item}',
  'coverage.strengthen': '巩固{item}',
  'coverage.points': '+{points}',
  'coverage.breadth': '跨部门的联系人',
  'coverage.functions': '财务、IT、法务和采购',
  'coverage.gaps': '缺口',
  'coverage.noGaps': '当前阶段没有发现缺口。记得定期核实这张图。',
  'coverage.questions': '要问的问题',
  'coverage.copy': '复制',
  'coverage.copyQuestion': '复制问题',
  'coverage.copied': '已复制',
  'coverage.concerns': '涉及：{names}',
  'coverage.grid': '角色覆盖',
  'coverage.people': '关键人',
  'coverage.prepare': '准备通话',
  'coverage.briefCopied': '通话准备已复制，可粘贴到笔记或邮件中。',
  'coverage.copyFailed': '无法复制到剪贴板。',
  'deal.context': '商机背景',
  'deal.stage': '阶段',
  'deal.decisionMode': '决策方式',
  'deal.channel': '来源渠道',
  'deal.preset': '销售方法论',
  'deal.questionLanguage': '问题语言',
  'deal.choose': '交易',
  'deal.add': '新交易',
  'deal.newName': '新交易名称',
  'deal.create': '添加交易',
  'deal.others': '该客户的其他交易',
  'deal.name': '交易名称',
  'deal.amount': '金额',
  'deal.closeDate': '预计成交日期',
  'deal.crmId': 'CRM 商机 id',
  'map.elsewhere': '在“{deal}”中：{stance}',
  // Languages, by their own names
  'language.en': 'English',
  'language.ru': 'Русский',
  'language.zh': '中文',
  'language.id': 'Bahasa Indonesia',
  'language.fi': 'Suomi',
  'language.de': 'Deutsch',
  // The dashboard (lib/i18n/ui/dashboard)
  ...dashboardZh,
  // Moving maps in and out (lib/i18n/ui/transfer)
  ...transferZh,
};
