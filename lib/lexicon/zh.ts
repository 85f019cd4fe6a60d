import { titles } from './titles/zh';
import type { Lexicon } from './types';

export const zh: Lexicon = {
  language: 'zh',
  nameLabels: [
    { term: '姓名', example: '姓名：王立新' },
    { term: '名字', example: '名字：王立新' },
  ],
  postLabels: [
    { term: '职务', example: '职务：总经理' },
    { term: '職稱', example: '職稱：董事長' },
    { term: '职位', example: '职位：技术总监' },
  ],
  contactLabels: [
    { term: '电话', example: '电话：010-12345678' },
    { term: '手机', example: '手机：13800000000' },
    { term: '邮箱', example: '邮箱：name@example.cn' },
    { term: '传真', example: '传真：010-12345679' },
  ],
  posts: [
    {
      match: 'anywhere',
      terms: '工程师|设计师|分析师|顾问|专员|专家|会计|律师|研究员|教授|合伙人|董事|总监|经理|主管',
      example: '技术总监',
    },
    {
      match: 'anywhere',
      terms: '主任|秘书|助理|总裁|出纳|销售|采购|行政|人事|财务|技术员|讲师|负责人|创始人|代表',
      example: '创始人',
    },
    {
      match: 'anywhere',
      terms:
        '跟单|业务员|文员|营业员|导购|采购员|销售员|会计师|设计|工程|顾问|干事|辅导员|科员|职员',
      example: '项目干事',
    },
    {
      match: 'anywhere',
      terms:
        '书记|校长|局长|厅长|处长|县长|市长|省长|镇长|区长|委员|常委|秘书长|总经济师|总工程师|馆长|所长',
      example: '党委书记',
    },
  ],
  offices: [],
  nameSuffixes: [
    { term: '先生', example: '蔡建设 先生' },
    { term: '女士', example: '李芳 女士' },
    { term: '小姐', example: '王丽 小姐' },
  ],
  formerSections: [
    { term: '历任', example: '历任领导' },
    { term: '历届', example: '历届理事会' },
    { term: '往届', example: '往届委员' },
    { term: '前任', example: '前任会长' },
  ],
  ageUnits: [
    { term: '岁', example: '（57岁），创始人、首席执行官' },
    { term: '歲', example: '（62歲），董事長' },
  ],
  nameColumns: [
    { term: '姓名', example: '姓名' },
    { term: '名字', example: '名字' },
    { term: '联系人', example: '联系人' },
    { term: '聯繫人', example: '聯繫人' },
  ],
  postColumns: [
    { term: '职位', example: '职位' },
    { term: '職位', example: '職位' },
    { term: '职务', example: '职务' },
    { term: '職務', example: '職務' },
    { term: '头衔', example: '头衔' },
    { term: '頭銜', example: '頭銜' },
    { term: '职称', example: '职称' },
    { term: '職稱', example: '職稱' },
    { term: '岗位', example: '岗位' },
    { term: '崗位', example: '崗位' },
  ],
  listJoiners: [],
  representatives: [],
  creditLabels: [
    { term: '摄影', example: '摄影：王立新' },
    { term: '图片', example: '图片：王立新' },
  ],
  courtesyTitles: [],
  siteSections: [
    { term: '关于我们', example: '关于我们' },
    { term: '首页', example: '首页' },
    { term: '联系我们', example: '联系我们' },
    { term: '公司简介', example: '公司简介' },
  ],
  titles,
};
