/**
 * The benchmark's second query set: how readers type, written by hand from the sample content.
 * Each query names the pages a reader would expect (any one of them in the first three counts).
 * Kinds: a name with a character left out or in another order, pinyin and initials, traditional
 * characters, synonyms and abbreviations from `content/taxonomies/synonyms.yaml`, and questions.
 */

export type TypedKind = 'partial' | 'reorder' | 'pinyin' | 'traditional' | 'synonym' | 'question';

export interface TypedQuery {
	kind: TypedKind;
	text: string;
	/** Addresses (without the base path) of the pages a reader expects. */
	expected: string[];
}

const q = (kind: TypedKind, text: string, ...expected: string[]): TypedQuery => ({
	kind,
	text,
	expected,
});

export const TYPED_QUERIES: TypedQuery[] = [
	// A name with characters left out, or shortened the way people say it.
	q('partial', '陈村实践中心', '/centers/chencun/'),
	q('partial', '职业教育实践站', '/stations/vocational-school/'),
	q('partial', '议政制度', '/systems/center-policy-advice/'),
	q('partial', '紫荆村实践站', '/stations/zijing-village/'),
	q('partial', '陈村', '/centers/chencun/', '/towns/chencun/'),
	q('partial', '柳林实践中心', '/centers/liulin/'),
	q('partial', '田南村实践站', '/stations/tiannan-village/'),
	q('partial', '城关中学实践站', '/stations/chengguan-school/'),
	q('partial', '东关社区实践站', '/stations/dongguan-community/'),
	q('partial', '罗钵寺村', '/stations/luobosi-village/'),
	q('partial', '红化社区', '/stations/honghua-community/'),
	q('partial', '横水村实践站', '/stations/hengshui-village/'),
	q('partial', '虢王村', '/stations/guowang-village/'),
	q('partial', '中医医院实践站', '/stations/tcm-hospital/'),
	q('partial', '人民医院实践站', '/stations/district-hospital/'),
	q('partial', '酒业企业实践站', '/stations/liulin-liquor-enterprise/'),
	q('partial', '高新区实践中心', '/centers/gaoxin/'),
	q('partial', '台账管理制度', '/systems/station-records/', '/systems/center-records-reporting/'),
	q('partial', '志愿服务制度', '/systems/station-volunteer-service/'),
	q('partial', '学习培训制度', '/systems/center-study-training/'),
	q('partial', '考核评价', '/systems/center-evaluation/'),
	q('partial', '工作例会', '/systems/center-regular-meetings/'),
	q('partial', '联系服务制度', '/systems/station-contact-service/'),
	q('partial', '社情民意制度', '/systems/station-opinion-collection/'),
	q('partial', '基地建设规范', '/systems/base-building-specification/'),
	q('partial', '六有四好标准', '/systems/six-haves-four-goods/'),
	q('partial', '五位一体', '/systems/five-in-one/'),
	q('partial', '责任体系345', '/systems/responsibility-345/'),
	q('partial', '1+6机制', '/systems/private-economy-1-6/'),
	q('partial', '367机制', '/systems/religion-367/'),
	q('partial', '上营村', '/bases/village-enterprise-shangying/'),
	q('partial', '彪角村村企', '/bases/village-enterprise-biaojiao/'),
	q('partial', '横水天主教', '/bases/religion-hengshui-catholicism/'),
	q('partial', '姚家沟道教', '/bases/religion-yaojiagou-taoism/'),
	// Words in another order, or apart.
	q('reorder', '实践中心陈村', '/centers/chencun/'),
	q('reorder', '实践站紫荆村', '/stations/zijing-village/'),
	q('reorder', '制度议政建言', '/systems/center-policy-advice/'),
	q('reorder', '柳林 佛教', '/bases/religion-liulin-buddhism/'),
	q('reorder', '基督教 南指挥', '/bases/religion-nanzhihui-christianity/'),
	q('reorder', '秦创园 长青', '/bases/qinchuangyuan-changqing/'),
	q('reorder', '同心荟 网络人士', '/platforms/online-tongxinhui/'),
	q('reorder', '五步法 田南村', '/cases/five-steps-tiannan/'),
	q('reorder', '交友 联谊 领导干部', '/systems/leaders-friendship/'),
	q('reorder', '清单 职责', '/systems/duty-lists/'),
	q('reorder', '体系 责任 四大领域', '/systems/four-fields/'),
	// Pinyin and initials.
	q('pinyin', 'chencun', '/centers/chencun/', '/towns/chencun/'),
	q('pinyin', 'ccz', '/towns/chencun/', '/centers/chencun/'),
	q('pinyin', 'liulinzhen', '/towns/liulin/', '/centers/liulin/'),
	q('pinyin', 'tongxinhui', '/platforms/heritage-tongxinhui/', '/platforms/online-tongxinhui/'),
	q('pinyin', 'tongxinjiangtang', '/platforms/tongxin-lecture/'),
	q('pinyin', 'txjt', '/platforms/tongxin-lecture/'),
	q('pinyin', 'xinxiangxian', '/platforms/new-rural-elites-hall/'),
	q('pinyin', 'yaojiagou', '/towns/yaojiagou/', '/centers/yaojiagou/'),
	q('pinyin', 'hengshuizhen', '/towns/hengshui/', '/centers/hengshui/'),
	q('pinyin', 'fjz', '/towns/fanjiazhai/', '/centers/fanjiazhai/'),
	q('pinyin', 'zijingcun', '/stations/zijing-village/'),
	q('pinyin', 'wubufa', '/systems/consultation-five-steps/', '/cases/five-steps-tiannan/'),
	// Traditional characters.
	q('traditional', '實踐中心', '/centers/chencun/', '/centers/liulin/', '/centers/chengguan/'),
	q('traditional', '陳村鎮', '/towns/chencun/', '/centers/chencun/'),
	q('traditional', '統戰工作', '/systems/grassroots-work-specification/'),
	q('traditional', '議政建言制度', '/systems/center-policy-advice/'),
	q('traditional', '職業教育中心', '/stations/vocational-school/'),
	q('traditional', '新鄉賢理事館', '/platforms/new-rural-elites-hall/'),
	q('traditional', '宗教中國化', '/bases/religion-liulin-buddhism/', '/systems/religion-367/'),
	q('traditional', '萬企興萬村', '/cases/wanqi-xing-wancun/', '/systems/wanqi-five-five/'),
	q('traditional', '親清會客室', '/platforms/qinqing-reception/'),
	q('traditional', '醫路同行', '/platforms/yilu-tongxing/'),
	// Synonyms and abbreviations.
	q('synonym', '职教实践站', '/stations/vocational-school/'),
	q('synonym', '职教中心', '/stations/vocational-school/'),
	q('synonym', '民企实践站', '/stations/nanzhihui-enterprise/'),
	q(
		'synonym',
		'新阶层基地',
		'/bases/new-class-liulin/',
		'/bases/new-class-gaoxin/',
		'/bases/new-class-heritage/',
		'/bases/new-class-online/',
	),
	q('synonym', '新阶层人士非遗', '/platforms/heritage-tongxinhui/', '/bases/new-class-heritage/'),
	q('synonym', '统一战线工作规范', '/systems/grassroots-work-specification/'),
	q('synonym', '乡贤馆', '/platforms/new-rural-elites-hall/'),
	q('synonym', '万企帮万村', '/cases/wanqi-xing-wancun/', '/systems/wanqi-five-five/'),
	q(
		'synonym',
		'村企共建',
		'/bases/village-enterprise-liulin/',
		'/bases/village-enterprise-tianbei/',
		'/bases/village-enterprise-shangying/',
		'/bases/village-enterprise-biaojiao/',
		'/bases/village-enterprise-fanjiazhai/',
	),
	q('synonym', '非公经济 1+6', '/systems/private-economy-1-6/'),
	q(
		'synonym',
		'宗教场所',
		'/bases/religion-chengguan-christianity/',
		'/bases/religion-liulin-buddhism/',
		'/bases/religion-changqing-buddhism/',
		'/bases/religion-hengshui-catholicism/',
		'/bases/religion-nanzhihui-christianity/',
		'/bases/religion-fanjiazhai-taoism/',
		'/bases/religion-yaojiagou-taoism/',
	),
	q('synonym', '建言献策制度', '/systems/center-policy-advice/'),
	q('synonym', '书记示范点', '/bases/secretary-points/', '/cases/secretary-demonstration-points/'),
	q('synonym', '高新技术产业开发区实践中心', '/centers/gaoxin/'),
	q('synonym', '西凤酒城', '/cases/xifeng-liquor-city/'),
	// Questions.
	q('question', '陈村镇实践中心在哪里', '/centers/chencun/'),
	q('question', '什么是五步法', '/systems/consultation-five-steps/', '/cases/five-steps-tiannan/'),
	q('question', '六有四好是什么', '/systems/six-haves-four-goods/'),
	q(
		'question',
		'怎么管理民间信仰场所',
		'/systems/folk-belief-sites/',
		'/cases/folk-belief-management/',
	),
	q('question', '同心荟有哪些', '/platforms/heritage-tongxinhui/', '/platforms/online-tongxinhui/'),
	q(
		'question',
		'如何建设统战基地',
		'/systems/base-building-opinion/',
		'/systems/base-building-specification/',
		'/systems/six-haves-four-goods/',
	),
	q(
		'question',
		'三级书记抓统战是什么',
		'/systems/three-level-secretaries/',
		'/cases/secretary-demonstration-points/',
	),
	q('question', '统战成员有多少', '/cases/member-ledger/'),
];
