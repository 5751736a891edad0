// Lexicon C.2 (medical / therapeutic claims) and C.3 health guarantees, shared by the special-goods rules.
import type { TextUnit } from '@liveguard/core';
import { normalizeTerm } from '@liveguard/core';
import { clauseAround, CONDITIONAL_ADVICE, foldedView, sentenceAround } from './text.js';

/** Treatment verbs and disease-prevention claims. */
export const TREATMENT = [
  '专治', '主治', '对症下药',
  '治疗', '治愈', '治好', '治病', '治大病', '根治', '疗效', '药效', '药到病除', '治一个好一个', '治一例好一例', '消炎', '抗炎', '杀菌', '抗菌', '抑菌', '抗病毒', '防癌', '抗癌', '抗肿瘤', '抑制肿瘤', '控瘤', '抑瘤', '抗瘤', '术后恢复', '术后康复', '总有效率',
  '降血压', '降压', '降血糖', '降糖', '控血糖', '控糖', '降血脂', '降脂', '降三高', '降尿酸', '活血', '化瘀', '祛瘀', '止咳', '止痛', '镇痛', '解毒', '补肾', '壮阳',
  '溶血栓', '溶栓', '通血管', '软化血管', '清血管', '修复细胞', '细胞修复', '改善睡眠', '治失眠', '恢复视力', '预防近视', '预防疾病', '防病', '调理好', '调理病',
  '胰岛素', '调节血糖', '调节血压', '调节血脂', '调节内分泌', '增强免疫力', '提高免疫力', '免疫力', '增强免疫', '提高免疫', '修复', '祛斑', '消斑', '去斑', '祛痘', '净斑', '生发', '育发', '防脱', '止脱', '排毒',
  '包治百病', '百病', '万病', '万病之源', '抗发炎', '免吃药', '免打针', '不用打针', '不用抽脂', '清血', '净血', '净化血液', '清洁血液', '少生病', '不易生病', '不爱生病', '不生病', '防栓', '防血栓', '降胆固醇', '促血液循环', '促进血液循环', '消水肿', '去水肿', '重振雄风', '重现雄风', '拯救掉发', '免开刀', '不用开刀', '免手术', '不用手术', '不用做手术', '老慢病', '慢病', '病根', '除根', '断根', '康复', '痊愈', '不复发', '杀死', '消肿', '退烧', '降火', '清肺', '洗肺', '护肝', '养肝护肝',
  // C.2 implied medical effects and cosmetics-ban medical terms
  '补血', '舒筋活络', '舒筋活血', '除湿', '祛湿', '祛寒', '祛风', '通脉', '疏通经络', '通经络', '益气', '理气', '生肌', '吸附铅汞', '抗敏', '脱敏', '防敏', '止血', '化结节', '消结节', '散结', '防治',
  '软坚散结', '溶解结石', '排结石', '清理血管', '血管垃圾', '血液垃圾', '清除血管', '防中风', '治未病', '抗过敏', '止痒', '消炎止痛', '镇静安神', '安神', '安宁心神', '干细胞', '生长因子', '激素', '荷尔蒙', '抗生素',
  // eyesight protected (视力保护, 保护视力)
  '保护视力', '视力保护',
  // many diseases treated (治多病), toxins of the gut or heavy metals expelled (排肠毒, 代谢重金属)
  '治多病', '治多种病', '治多种疾病', '排肠毒', '清肠毒', '排出重金属', '排重金属', '代谢重金属',
  // viruses kept out (阻隔病毒): infection prevented
  '阻隔病毒', '隔绝病毒', '隔离病毒', '防病毒',
];
/** Disease names (any mention in a claim). */
export const DISEASES = [
  // symptoms and euphemisms named as what the product fixes
  '头晕', '头痛', '手麻', '脚麻', '手脚麻木', '四肢麻木', '四肢乏力', '眼疾', '眼病', '心脑疾病', '心脑血管病', '四高', '转阴', '那方面不行', '性功能障碍', '老胃病',
  '蛀牙', '龋齿', '肺癌', '肝癌', '胃癌', '肠癌', '结肠癌', '直肠癌', '乳腺癌', '宫颈癌', '食道癌', '食管癌', '鼻咽癌', '前列腺癌', '胰腺癌', '白血病',
  '高血压', '低血压', '糖尿病', '痛风', '血栓', '心梗', '脑梗', '中风', '卒中', '猝死', '心脏病', '冠心病', '胃病', '胃炎', '胃溃疡', '幽门螺杆菌', '结节', '肺结节',
  '甲状腺结节', '乳腺结节', '肿瘤', '癌症', '癌', '失眠', '便秘', '颈椎病', '腰椎', '关节炎', '风湿', '前列腺', '妇科病', '湿疹', '痤疮', '近视', '散光', '白内障',
  '青光眼', '过敏', '鼻炎', '鼻敏感', '鼻敏', '哮喘', '肝炎', '脂肪肝', '肾炎', '尿毒症', '贫血', '骨质疏松', '老年痴呆', '阿尔茨海默', '帕金森', '抑郁', '焦虑症', '三高', '高血脂',
  '高血糖', '高尿酸', '血糖高', '血压高', '血脂高', '角膜', '炎症', '感染', '脚气', '脱发', '斑秃', '黄褐斑', '妊娠纹', '疤痕', '白发转黑', '白发变黑',
  // more disease names (C.2 "any disease name"; common in food and wellness pitches)
  '心脑血管疾病', '心血管疾病', '脑血管疾病', '动脉硬化', '动脉粥样硬化', '静脉曲张', '心绞痛', '心律不齐', '心衰', '脑供血不足', '肾结石', '胆结石', '结石', '甲亢', '甲减',
  '更年期综合征', '不孕不育', '不孕', '阳痿', '早泄', '肾虚', '肾亏', '月经不调', '痛经', '乳腺增生', '子宫肌瘤', '宫颈糜烂', '口腔溃疡', '牙周炎', '牙龈出血', '咽炎',
  '感冒', '咳嗽', '偏头痛', '腰椎间盘突出', '骨质增生', '肩周炎', '老寒腿', '类风湿', '痔疮', '肠炎', '结肠炎', '肝硬化', '肾衰竭', '耳鸣', '飞蚊症', '干眼症',
  '并发症', '后遗症', '慢性病', '消化不良', '发炎', '消渴', '萎缩症', '畏寒', '栓塞', '栓堵', '脑萎缩', '肌肉萎缩', '神经退化', '退化性疾病', '牙周病', '牙周问题', '掉发', '水肿', '囊肿', '息肉', '肌瘤', '所有疾病', '一切疾病', '各种疾病', '流感', '癫痫', '多动症', '抑郁症', '老花眼', '弱视', '疱疹', '银屑病',
  // throat symptoms, a rash, and TCM's deficiency syndromes named as what the goods help (喉痛、声沙可直接含服; 对气血双亏者大有益处)
  '喉痛', '喉咙痛', '咽喉痛', '咽痛', '嗓子疼', '嗓子痛', '声沙', '声音嘶哑', '红疹', '起红疹', '气血双亏', '气血两亏', '气血两虚', '气血亏虚', '牛皮癣', '灰指甲', '狐臭', '腋臭', '口臭', '幽门', '尿酸高', '糖尿病足', '宫寒', '腹泻', '拉肚子', '拉稀', '腹痛', '跑肚', '白斑', '白癜风',
  // skin diseases (皮肤病、股癣、手足癣、荨麻疹) and deformities of the spine (颈椎反弓、变直; 脊柱侧弯)
  // pneumonia and COVID-19 named as what the goods prevent (新冠肺炎居家预防)
  '新冠肺炎', '肺炎', '皮肤病', '股癣', '手足癣', '手癣', '足癣', '体癣', '头癣', '荨麻疹', '皮炎', '神经性皮炎', '唇炎', '口角炎', '入睡困难', '浅睡易醒', '癣疥', '疥癣', '疥疮', '颈椎反弓', '颈椎变直', '颈椎曲度变直', '生理曲度变直', '脊柱侧弯',
];
/** Words that make a non-drug look like a drug or a device. */
export const DRUG_CONFUSION = [
  // a food said to serve as a medicine (可当主食，亦可当药)
  '亦可当药', '可当药', '能当药', '可以当药', '当药吃', '疗程装', '一个疗程', '三个疗程',
  '神药', '特效药', '秘方', '祖传秘方', '古方', '偏方', '处方', '复方', '药用', '药妆', '医用级', '医学级', '医疗级', '手术级', '医生推荐', '医师推荐', '牙医推荐', '药师推荐', '医生力荐', '医生都在用', '医院同款', '药店同款', '药房同款', '医院都在用', '临床验证', '临床证明', '临床试验',
  '特效', '速效', '神效', '奇效', '中药', '纯中药', '祖传中药', '药方', '验方', '祖方',
  '汉方', '单方', '中草药', '强效', '药食同源秘方', '宫廷秘方', '老中医', '名老中医', '药材配方', '猛药',
  // pharmacology claimed for the goods (蜂皇浆的药理作用)
  '药理作用', '药理功效', '名贵药材', '天然药材', '珍稀药材', '名贵中药材',
  // drug delivery in a cosmetic's or device's mouth (眼部外敷给药, 直达病灶); injections of medical beauty
  '给药', '病灶', '美白针', '水光针', '溶脂针', '瘦脸针', '肉毒素', '肉毒杆菌',
];
/** Weight loss and body-shape effects: a health-food function, never an ordinary food's. */
export const WEIGHT = ['减肥', '减吋', '减重', '瘦身', '燃烧热量', '燃烧脂肪', '变瘦', '瘦脸', '赘肉', '瘦腰', '瘦腿', '瘦肚子', '瘦全身', '掉肉', '燃脂', '阻油', '阻糖', '阻断糖', '阻淀粉', '刮油', '排油', '轻体', '瘦了', '掉秤', '甩肉', '消脂', '分解脂肪', '吃了能瘦', '不反弹', '吸油', '瘦下去', '瘦下来',
  // eating freely and still losing weight (大吃大喝不怕胖, 越吃越瘦, 只减脂肪), weight lost told by the buyer (就瘦成这样了)
  '不怕胖', '越吃越瘦', '吃也能瘦', '吃着也能瘦', '减脂肪', '减脂', '天天都在瘦', '瘦成这样'];
/** Guarantees of efficacy or safety (health food, drugs, devices). */
export const ASSURANCE = [
  '保证有效', '无效退款', '无效全额退款', '无效退钱', '一次见效', '马上见效', '立刻见效', '立即见效', '当天见效', '三天见效', '七天见效', '立竿见影', '百分百有效', '100%有效',
  '永不反弹', '无毒副作用', '无副作用', '没有副作用', '没有任何副作用', '零副作用', '安全无副作用', '安全无毒', '无依赖', '不依赖', '治愈率', '有效率', '比药还好',
  '比吃药好', '可以停药', '不用吃药', '药都可以停了', '停药', '停服', '人人都需要', '人人都该吃', '人人必备', '保险公司承保',
];
/** Symptoms relieved (缓解症状), or listed and then relieved (舒缓因…引起的肌肤泛红、发热、发痒、起红疹等症状): a claim for foods
 *  and cosmetics; for a drug the words of its label's indication, which ad-law/drug-device-claims tests against this same pattern. */
export const SYMPTOMS_RELIEVED = /(?:舒缓|缓解|缓和|改善|减轻|消除|告别)(?:[^，。！？,.!?]{0,4}|[^。！？!?；;]{0,40}等(?:不适)?)症状/;
/** Pattern claims on the folded view: "用了一段时间血压都正常了", "明天就能看到效果". */
/** What an access or validity term is about (课程永久有效, 会员终身有效): a term of service, not an effect. */
export const ACCESS_BEFORE = '(?:学习|观看|回放|课程|视频|会员|兑换|有效期|激活|账号|权限|资料|卡券|优惠券|积分)';
export const EFFECT_PATTERNS: RegExp[] = [
  // a reading of the body reversed (三周逆转血糖, 逆转三高)
  /逆转(?:血糖|血压|血脂|尿酸|三高|病情|病程|肝损伤|肾损伤|动脉硬化|骨质疏松)/,
  // weight lost without dieting or exercise (不运动、不节食), and the stubborn fat targeted (减不下来的肥)
  /不(?:运动|节食|挨饿)[、，,\s]*(?:也)?不(?:运动|节食|挨饿)|减不(?:下来|掉)的?(?:肥|肉|赘肉|脂肪)/,
  // weight lost by taking the goods (喝了能瘦, 吃完就会瘦)
  /(?:吃|喝|用|涂|贴|泡)(?:了|完)?(?:就|也|都|还)?(?:能|会|可以)瘦/,
  // an organ guarded by the goods (能把我们的肺保护起来)
  /把[^，。！？,.!?]{0,6}(?:肺|肝|胃|肾|心脏|心脑|血管|肠道|肠胃|眼睛|视力)[^，。！？,.!?]{0,2}保护起来/,
  // an outcome promised for life (保证隆鼻终身不变形, 永远不复发)
  // (not a course's or a card's access: 可以反复学习、永久有效)
  new RegExp(`(?:终身|永久|永远)(?:不变形|不反弹|不复发|不脱落|(?<!${ACCESS_BEFORE}[^。！？!?]{0,10}(?:终身|永久|永远))有效)`),
  // a cosmetic that adds to a medical procedure's effect (加强医美效果)
  /(?:加强|增强|提升|延长|巩固|维持)(?:医美|术后|手术)(?:的)?效果/,
  // the spine mended in one's sleep (健康颈椎只需躺出来, 曲度健康睡出来, 颈椎好轻松)
  /(?:颈椎|腰椎|脊椎|曲度)[^，。！？,.!?]{0,6}(?:睡|躺)出来|(?:颈椎|腰椎|脊椎)好轻松/,
  // weight lost for good: none regained once the goods are stopped (停掉产品之后不会返回来长肉, 停了也不反弹)
  /(?:停(?:掉|用|吃|喝|了)|不吃了|不喝了|不用了)[^，。！？,.!?]{0,8}(?:不会|也不|都不|不)再?(?:返回来|胖回来|长回来|反弹|长肉|长胖)/,
  // no side effects, said of the goods against medicine (不具有药物所带来的…等副作用)
  /(?:不具有|不具备|不会有|不会产生|不会带来|没有|无)(?:任何)?[^，。！？,.!?]{0,16}?(?:等)?(?:毒)?副作用/,
  // resistance and organ function raised (增强人体抗病力、细胞活力和器官功能)
  /(?:增强|提高|提升|改善|恢复|修复)[^，。！？,.!?]{0,4}(?:抗病力|抗病能力|细胞活力|(?:器官|脏器|内脏)的?(?:功能|机能))/,
  // blood pressure, sugar or lipids regulated (有调理血压的功效)
  /(?:调理|平稳|稳住)[^，。！？,.!?]{0,2}(?:血压|血糖|血脂)/,
  // a food said to equal pills (每天二两大米，相当于一次口服4000粒维生素E)
  /相当于[^，。！？,.!?]{0,6}(?:吃了?|服用?了?|口服了?|喝了?)[^，。！？,.!?]{0,4}[0-9一二三四五六七八九十百千万两几]+\s*(?:粒|片|颗|支|瓶)/,
  // a child's intelligence raised (吃DHA能让孩子智商提高7个点)
  /智商[^，。！？,.!?]{0,4}(?:提高|提升|增加|增长)|(?:提高|提升|增加)[^，。！？,.!?]{0,4}智商/,
  // milk for nursing mothers and a foetus's growth (食用茶油不仅可以增加母乳，而且对胎儿的正常发育十分有益)
  /(?:增加|促进|帮助|提高)(?:母乳|乳汁|奶水)|催乳|下奶|对胎儿的?[^，。！？,.!?]{0,6}(?:发育|健康)[^，。！？,.!?]{0,4}(?:有益|有帮助|有好处|很好)/,
  // as good as a medical-aesthetic procedure (用了一个月，就相当于打了一次热玛吉)
  /(?:相当于|等于|媲美|堪比|不输|抵得上)[^，。！？,.!?]{0,4}(?:打了?|做了?)?(?:一次|一针)?(?:热玛吉|水光针|玻尿酸|肉毒素?|超声刀|光子嫩肤|医美|微整形?|皮秒|热拉提)/,
  // a cure at the first dose (五大眼病一吃就好, 老毛病一喝就好) — not a taste (一吃就好吃) — and pain treated where it is (哪里痛喷哪里)
  /一(?:吃|喝|服|服用)就(?:好|痊愈|康复|除根|断根)(?![吃喝看听玩闻用受转])|哪里?(?:痛|疼|酸|酸痛|不舒服)(?:就)?(?:喷|贴|涂|抹|擦|揉)哪里?/,
  // every disease gone (早晚喝一口，疾病全没有; 百病全消), a thousand diseases cured (百草能治千种病)
  /(?:疾病|病痛|百病|各种病|什么病)(?:全|都|全都|统统)(?:没有了?|没了|好了|消失了?|跑光了?|消了)|百病(?:全消|皆消|尽除|不侵)|(?:能|可以?|专|包)治(?:百|千|万|上百|上千|几百|几千)(?:种|样)?(?:病|疾病|疑难杂症)/,
  // an incurable disease conquered (世界三大顽症…我们所已经攻克了其中一项, 攻克癌症)
  /(?:攻克|攻破|征服)了?[^，。！？,.!?]{0,8}(?:顽症|绝症|不治之症|癌症|肿瘤|艾滋病)|(?:顽症|绝症|不治之症)[^。！？!?]{0,30}(?:已经|成功|终于)(?:攻克|攻破|征服|治愈)/,
  // infection prevented for good (一次服用一辈子都不会感染此类病毒)
  /(?:都|再|永远|终身|一辈子)?(?:不会|不再|再也不会?)(?:被)?(?:感染|染上)[^，。！？,.!?]{0,6}(?:病毒|流感|传染病|细菌)/,
  // patients made to stand or walk again (让骨坏死患者站起来)
  /(?:让|使|帮|帮助)[^，。！？,.!?]{0,8}(?:患者|病人|病友|瘫痪的?人)(?:重新)?(?:站起来|站立|走路|下地|康复|痊愈)/,
  // immunity raised with the organ named between (增强皮肤免疫防御能力)
  /(?:增强|提高|提升|激活|强化)[^，。！？,.!?]{1,4}免疫/,
  /(?:血压|血糖|血脂|尿酸|胆固醇|转氨酶|肝功能|肌酐|血红蛋白)[^，。！？,.!?]{0,6}(?:正常|降下来|稳了|稳住|下降|降了|降到|会降|降低)/,
  // a marker kept down (保证你敞开吃，血糖不升高)
  /(?:血压|血糖|血脂|尿酸|胆固醇)[^，。！？,.!?]{0,2}(?:不会?|没有?|再也不)(?:升高|上升|飙升|升了|高了)/,
  // a longer life or no illness promised (让您生命延长至少20年, 保证没病没灾)
  /(?:生命|寿命)[^，。！？,.!?]{0,2}延长|延长[^，。！？,.!?]{0,2}(?:生命|寿命)|(?:保证|保您|保你|包你|包您)[^，。！？,.!?]{0,3}(?:没病|不生病|不得病)/,
  // an effect on a virus or germs (对新冠病毒有明显抑制效果)
  /(?:病毒|细菌|新冠|流感)[^，。！？,.!?]{0,6}(?:抑制|杀灭|灭活)(?:效果|作用|率)/,
  // the health of an organ helped by a food (有助于心脏健康): a health function
  /有助于[^，。！？,.!?]{0,4}(?:心脏|心血管|心脑血管|肠道|肠胃|胃肠|骨骼|关节|肝脏|肾脏|眼睛|眼部|视力|大脑|脑部|血管|前列腺|呼吸道)(?:的)?健康/,
  // cells woken, renewed or cleared (激活细胞, 激发休眠细胞, 代谢坏细胞); organs made younger (脏器又年轻了3个月)
  /(?:激活|激发|唤醒|再生)[^，。！？,.!?]{0,2}(?:休眠|沉睡|受损|衰老)?细胞|细胞再生|(?:促进|促使|加速|帮助)[^，。！？,.!?]{0,4}细胞(?:的)?(?:生长|再生|新生|修复|分裂)|(?:代谢|清除|杀死|排出)(?:掉)?[^，。！？,.!?]{0,2}(?:坏细胞|癌细胞|病变细胞|衰老细胞)/,
  /(?:脏器|器官|脏腑|五脏六腑|血管|细胞)[^，。！？,.!?]{0,3}(?:年轻|年青)(?:了|[0-9一二三四五六七八九十]+)/,
  // medical treatment listed as unnecessary (不打针、不吃药、不手术); a growth that shrinks (结节变小了)
  /不(?:用|需|需要)?(?:打针|吃药|手术|开刀|住院|输液)[、，,\s]{0,2}不(?:用|需|需要)?(?:打针|吃药|手术|开刀|住院|输液)/,
  /(?:肿瘤|肌瘤|囊肿|肿块|息肉|结节)[^，。！？,.!?]{0,6}(?:变小|缩小|消失|消了|没了|小了)/,
  // sight restored in figures (白天恢复1.0高清视力)
  // (and a figure regained, 重返5.0视力, or clear for good, 视力永久清晰)
  /恢复[^，。！？,!?]{0,8}视力|视力[^，。！？,.!?]{0,4}恢复到|(?:重返|回到|重回|恢复到?)\s*[0-9](?:\.[0-9])?\s*的?视力|视力(?:永久|持久|终身|长久)(?:清晰|恢复|不降)/,
  // the old all-purpose promise: 有病治病，无病强身 (有病抗病, 无病防病)
  /有病(?:治|抗|防|医)病|无病(?:强身|防病)/,
  /(?:[0-9一二三四五六七八九十两几明半多]+)个?(?:天|日|周|月|次|贴|盒|疗程|分钟|小时|刷|洗|喷|抹|擦|涂|片|粒)[^，。！？,.!?]{0,6}(?:见效|显效|起效|正常行走|改善|看到效果|有效果|有明显变化|明显变化|就好|好了|康复|痊愈|治好|有知觉|能直了|直起来了|站起来了|行走自如|能下地|能走路|能走了|能动了|好转|不疼了|不痛了|消失|不见了|全没了|缓解了|减轻了|正常了|恢复了|恢复正常|转阴)/,
  // a body measure changed by the goods: cup sizes (使用前32A，使用后32B; 激活36D胸部) and growth in millimetres (5天增长5毫米)
  /(?:使用|用|服用|吃|涂抹?)前\s*[0-9]{2,3}\s*[a-e][^，。！？!?]{0,4}?[，,]?\s*(?:使用|用|服用|吃|涂抹?)后\s*[0-9]{2,3}\s*[a-e](?![a-z])|(?:激活|拥有|变成|升级到?|挺到|丰到)\s*[0-9]{2}\s*[c-g](?:罩杯)?[^，。！？,.!?]{0,4}(?:胸|美胸|双峰|罩杯)|[0-9一二三四五六七八九十两几]+\s*(?:天|日|周|个?星期|个?月)[^，。！？,.!?]{0,4}(?:增长|长出|长了|变长|长长了?)\s*[0-9一二三四五六七八九十两几.]+\s*(?:毫米|厘米|公分|mm|cm)/,
  // a cosmetic procedure's promised outcome (永久消除眼泡, 效果是永久性的, 术后不结痂、不易反弹, 当次见效, 快速逆转皮肤衰老)
  /效果是永久(?:性)?的|永久(?:性)?(?:消除|去除|祛除|告别)|不易反弹|术后[^，。！？,.!?]{0,6}(?:见效|不结痂|不红肿|不留疤|无疤痕)|当次见效|即刻见效|逆转[^，。！？,.!?]{0,4}衰老|(?:消除|去除|去掉|告别)[^，。！？,.!?]{0,2}(?:眼袋|眼泡)/,
  // a course, then the cure in the next clause (2-3个疗程，基本恢复正常)
  /[0-9一二三四五六七八九十两几]+\s*个?(?:疗程|月|周)[，,]\s*(?:基本|就|都|全部|基本上)?(?:恢复正常|痊愈|康复|好了)/,
  // what the product "solves": 解决头晕头痛, 解决失眠问题
  /解决[^，。！？,.!?]{0,2}(?:打呼噜|打鼾|鼾症|掉发|水肿|浮肿|头晕|头痛|失眠|便秘|手麻|脚麻|麻木|乏力|疼痛|关节痛|腰痛|腿疼|胃痛|胃胀|耳鸣|眼花|尿频|尿急|夜尿|三高|四高|腰膝酸软|腰酸|肾阳虚|肾阴虚|阳虚|阴虚|气虚|血虚)/,
  // symptoms eased (缓解红肿、出血): the language of treatment
  /(?:缓解|消除|减轻|治疗|改善)[^，。！？,.!?]{0,2}(?:红肿|肿痛|出血|疼痛|瘙痒|搔痒|燥痒|干痒|刺痒|发痒|忧郁|酸痛|酸软|口燥|上火|发炎|溃烂|腰膝酸软)/,
  /恢复[^，。！？,.!?]{0,2}视力/,
  // preventing infection or an epidemic (能预防流感和细菌、病毒; 疫情居家预防)
  /(?:预防|防止|抵抗|抵御|杀灭|对抗|远离|防护|防御|阻断|阻止)[^，。！？,.!?]{0,4}(?:甲流|乙流|流感|感冒|病毒|细菌|新冠|疫情|传染病|疾病)|疫情[^，。！？,.!?]{0,4}(?:预防|防护)/,
  // a course that ends the need (吃够3个月就不需要再吃了) and tests that turn normal (复查指标都正常了)
  /吃够[^，。！？,.!?]{0,6}(?:就)?不(?:需要|用)再吃|(?:CT|B超|彩超|化验|复查|指标)[^，。！？,.!?]{0,4}(?:全|都)?(?:正常了|转阴)/,
  // effect the same day, crutches thrown away, a child's height in figures
  /(?:今天|当天|当晚)(?:吃|用|喝)?[^，。！？,.!?]{0,3}(?:今天|当天|当晚)见效|(?:当天|当晚|第二天|立马|马上|立刻)就(?:能)?(?:好|好了|见效|不疼了|不痛了|止住)|(?:扔掉|丢掉|不用拿|不用拄|不拄|离开)了?拐杖/,
  /(?:长|增)(?:高)?[^，。！？,.!?]{0,4}[0-9一二三四五六七八九十]+\s*(?:公分|厘米|cm)|发量[^，。！？,.!?]{0,3}(?:变多|增加|翻倍)|脂肪[^，。！？,.!?]{0,4}(?:分解|燃烧|排出)|(?:准保|保证|包|肯定|一定)见效|(?:就|即|便)能免疫|(?:助|促进|帮助|助力)[^，。！？,.!?]{0,4}(?:长高|增高)|追高/,
  // a symptom that goes away (症状全消失, 症状马上减轻): the language of treatment
  // (not the warning of a drug's label: 用药3天症状无缓解/未缓解，请就医)
  /症状[^，。！？,.!?无未没不]{0,3}(?:全|都|就|很快|马上|立刻|立马|明显|助)?(?:消失|没了|没有了|不见了|减轻|缓解了|好转|得到改善|得到缓解|改善了|舒缓|缓解|缓和)/,
  // a course of use, then the result in the next clause (服用3天，精神状态明显好转; 坚持用了两周，疼痛基本消失)
  /(?:服用|使用|服药|用药|吃了?|喝了?|用了|贴了?|涂了?|坚持(?:服用|使用|吃|喝|用)?了?)\s*[0-9一二三四五六七八九十两几半]+\s*个?(?:天|日|周|星期|月|疗程|盒|瓶|贴)\s*[，,]\s*[^，。！？,.!?无未没不]{0,10}?(?:明显|基本|完全|彻底|全部|都|就|已经?)(?:好转|消失|痊愈|康复|见效|减轻|改善|恢复正常|不疼了|不痛了)/,
  // …or a body function better than before after a course (坚持吃了1个月，肠胃消化比之前好多了)
  /(?:服用|使用|吃了?|喝了?|用了|坚持(?:服用|使用|吃|喝|用)?了?)[^，。！？,.!?]{0,3}?[0-9一二三四五六七八九十两几半]+\s*个?(?:天|日|周|星期|月|疗程|盒|瓶)[^。！？!?]{0,16}?(?:肠胃|胃口|消化|睡眠|精神|精力|气色|体力|血压|血糖|腰|腿|膝盖|关节|皮肤|排便|大便)[^，。！？,.!?]{0,6}比(?:之前|以前|原来|过去|从前)[^，。！？,.!?]{0,2}好(?:多|很多|太多|不少)?了/,
  // symptoms markedly improved (三高症状即有显著改善), liver enzymes improved (GOT、GPT就会有明显改善)
  /症状[^，。！？,.!?无未没不]{0,2}(?:即|就|便|都|会)?有?(?:显[著着]|明显|很大|大幅)的?(?:改善|好转|缓解|减轻)/,
  /(?<![a-z])(?:got|gpt|alt|ast)(?![a-z])[^，。！？,.!?]{0,8}(?:明显|显[著着])?(?:改善|下降|降低|正常)/,
  // an organ's or the reproductive function raised (强化肝脏机能, 提高生育能力, 增强性能力)
  /(?:强化|增强|改善|提高|提升|恢复|修复)[^，。！？,.!?]{0,2}(?:肝|肾|脾|胃|肠|肝脏|肾脏|脾胃|肠胃|胃肠|造血|生育|性|生殖)(?:脏)?的?(?:功能|机能|能力)/,
  // a body rid of its illnesses (甩掉一身病, 摆脱多年的老毛病)
  /(?:甩掉|摆脱|告别|赶走|去掉|远离)了?[^，。！？,.!?]{0,3}?(?:一身|全身|浑身|各种|所有|多年)的?(?:病|疾病|病痛|老毛病|毛病)/,
  // markers lowered, the verb first (可以降肝功能指数、三酸甘油酯)
  /(?:降|降低|调降|调节|改善)(?:低)?[^，。！？,.!?]{0,2}(?:肝功能指数|肝指数|转氨酶|三酸甘油酯|甘油三酯|胆固醇|尿酸|肌酐)/,
  // a breast enlarged (有效促进乳腺发育, 把…脂肪转移到胸部)
  /(?:促进|刺激)[^，。！？,.!?]{0,2}乳腺(?:二次)?发育|脂肪转移到(?:胸部|乳房)/,
  // fat destroyed or melted by the device (自动毁灭目标脂肪组织, 可把脂肪溶解), a body measure reduced after a course (10星期后减少1.5cm)
  /(?:毁灭|溶解|消灭|摧毁|融化|溶掉|破坏)[^，。！？,.!?]{0,4}脂肪|脂肪(?:细胞)?[^，。！？,.!?]{0,6}(?:溶解|毁灭|消灭|融化|溶掉|凋亡|坏死)|[0-9一二三四五六七八九十两几]+\s*个?(?:天|日|周|星期|月|次)后?[^，。！？,.!?]{0,8}(?:减少|缩小|瘦|减|小了)\s*[0-9.]+\s*(?:cm|厘米|公分|寸|吋)/,
  // pain that goes away as the course goes on (继续贴敷，疼痛逐渐消失); small illnesses treated and serious ones prevented (调理小病，预防大病)
  /(?:疼痛|酸痛|肿痛|胀痛|痛感)(?:会|就|也)?(?:逐渐|慢慢|很快|马上|立刻|渐渐)(?:消失|消退|减轻|缓解)|(?:调理|预防|治疗|治|防)(?:小病|大病|百病|疾病|慢病)/,
  // compared with medicine (比吃药强多了, 吃药十年不如吃它): Ad Law art 18(1)(4) for a health food, a medical claim for any food
  /比(?:吃|打|用|做)?(?:药|药物|西药|中药|打针|吃药|微整形?|整形|手术|医美)[^，。！？,.!?]{0,2}(?:强|好|管用|有效|灵|快|更好)|(?:美|好|强)过(?:打针|吃药|手术|整形|医美)|(?:吃药|打针|输液)[^，。！？,.!?]{0,8}不如(?:吃|喝|用)/,
  // dosing talk makes a food a drug (加大剂量, 好转反应 / 排病反应 — the words of health-product sales meetings)
  /(?:加大|加倍)(?:剂量|药量)|好转反应|排病反应|返疼(?:现象|反应)/,
  // no side effect ever reported (至今未出现一例对人体有副作用的报告, 从未出现过副作用): a safety assurance (not a trial's report: 接种后未
  // 出现严重副作用)
  /(?:至今|迄今|从来|多年来?)[^，。！？,.!?]{0,4}(?:未|没有?)(?:出现|发现|发生|收到)(?:过)?[^，。！？,.!?]{0,10}副作用|(?:从未|从没有?)(?:出现|发现|发生|收到)(?:过)?[^，。！？,.!?]{0,10}副作用/,
  // (not clothes that look slimmer: 显瘦10斤, 视觉上瘦5斤)
  /(?<!显|视觉上?|看起来|看上去|看着)(?:瘦|减重|减|掉)(?:了|下|掉|到|至)?\s*[0-9一二三四五六七八九十两几]+(?:\.[0-9]+)?(?:\s*(?:到|至|-|~)\s*[0-9一二三四五六七八九十两几]+(?:\.[0-9]+)?)?\s*(?:斤|公斤|kg)(?!\s*(?:以下|以上|以内)的?(?:人|者|用户|顾客|学员|会员))/,
  // heavy metals cleared, symptoms eased, good news for patients, no side effects of a named drug
  /(?:清除|排出|排除|排|吸附)[^，。！？,.!?]{0,4}重金属|重金属[^，。！？,.!?]{0,6}(?:清除|排出)|(?:酸性|碱性)体质|(?:就能|轻松|躺着|(?:都|肯定|一定|绝对|保证)会|保证|包)瘦|(?:患者|病人|病友|老化者)的?福音|(?:没有|无|不会有)[^，。！？,.!?]{1,10}的副作用/,
  /杀[^，。！？,.!?]{1,6}(?:菌|病毒)/,
  // disease in general as what the product treats (能有效调理改善300多种疾病), a role in fighting a disease (在新冠病毒防治中有重要作用),
  // an inner organ protected (保护心脏), weight in figures (体重就轻了6斤), myopia degrees undone (1000度会降至0度)
  /(?:调理|改善|治疗|治好|治愈|缓解|防治|根治)[^，。！？,.!?]{0,8}(?:疾病|病症|慢性病|慢病|各种病|百病)|(?:新冠|病毒|流感|疾病|癌症|肿瘤|慢性病)[^，。！？,.!?]{0,4}(?:防治|治疗|预防)(?:中|上)?[^，。！？,.!?]{0,4}(?:作用|效果|功效)/,
  /保护[^，。！？,.!?]{0,2}(?:心脏|心脑血管|心血管|肝脏|肝细胞|肾脏|血管|胃黏膜|肠黏膜|视网膜|视神经)|体重[^，。！？,.!?]{0,4}(?:轻|减|降|掉|少)了?\s*[0-9一二三四五六七八九十两几]+(?:\.[0-9]+)?\s*(?:斤|公斤|kg)|(?:近视|度数)[^，。！？,.!?]{0,8}(?:降到|降至|下降|降低|回退)|[0-9]+度[^，。！？,.!?]{0,4}(?:降至|降到)\s*[0-9]+度/,
  // fat and sugar taken out of the body (吸走油脂、阻隔糖分), hair regrown (30天长出新头发), glasses taken off (一贴摘眼镜)
  /(?:吸走|吸附|阻隔|阻断|阻挡|阻止|排走)[^，。！？,.!?]{0,2}(?:油脂|脂肪|糖分|淀粉|热量|胆固醇)|(?:抑制|减少|阻止|阻断|降低)[^，。！？,.!?]{0,6}(?:脂肪|糖分|胆固醇|热量)的?吸收|长出[^，。！？,.!?]{0,2}(?:新的?)?(?:头发|毛发|发丝)|(?:刺激|激活|焕活|唤醒|复活|重启|重建|还原|坚固|强健|修复)[^，。！？,.!?]{0,2}毛囊|(?:头发|毛发|发丝)[^，。！？,.!?]{0,2}(?:再生|新生|生成)|毛囊(?:再生|复活|修复|激活|重生)|(?:新生|再生|重新生长|再次生长)[^，。！？,.!?]{0,2}(?:秀发|头发|发丝|毛发)|(?:秀发|头发|发丝|毛发)[^，。！？,.!?]{0,4}(?:再次|重新)生长|(?:摘|摘掉|摘下|扔掉|告别)[^，。！？,.!?]{0,2}眼镜/,
  // cure as the refund condition (不转阴退款, 不见效包退, 无效就退钱), compared with cosmetic surgery (三单堪比整容)
  /不(?:转阴|见效|有效|好转|治愈|康复|痊愈)[^，。！？,.!?]{0,2}(?:退款|退钱|包退|全额退|退全款)|无效(?:可|就|即|包|立即|全额)(?:退款|退钱|退全款|包退)|(?:堪比|媲美|赛过|胜过)(?:整容|整形|医美|手术|打针|吃药|微整)/,
  // vessels cleaned (血管清干净), bowels moving (使排便顺畅), medicine replaced or cut down (取代药物作用, 减低用药)
  /血管[^，。！？,.!?]{0,3}(?:清干净|干净了|通了|通畅了|畅通了|不堵了?)|(?:使|让|帮助|促进)排便(?:顺畅|通畅|规律)|(?:取代|代替|替代)(?:药物|药品|西药|降压药|降糖药|吃药)|(?:减少|减低|降低)[^，。！？,.!?]{0,4}用药/,
  // a child's height shot up (让孩子身高瞬间提升)
  /(?:身高|个子)(?:瞬间|迅速|快速|蹭蹭|噌噌|猛)(?:提升|长高|上涨|往上窜|拔高|涨)/,
  // hair made to grow (刺激睫毛自然增长, 促进头发生长, 让眉毛长出来): a hair-growth function no cosmetic or food has (mascara's
  // 纤长 is a look, not growth)
  /(?:刺激|促进|促使|帮助|加速|让)[^，。！？,.!?]{0,4}(?:睫毛|眉毛|头发|毛发|发根|毛囊)[^，。！？,.!?]{0,2}(?:自然)?(?:增长|生长|再生|长出|长长|变长)/,
  // fat of a body part lost (七天减平小肚子, 甩掉拜拜肉; not 收腹, a garment's shape, nor 遮住小肚腩)
  /(?:减|瘦|甩|消)(?:平|掉|走|没|小)?了?(?:小肚子|小肚腩|肚腩|大肚腩|啤酒肚|游泳圈|拜拜肉|大象腿|水桶腰|双下巴)/,
  // illness said to leave (疾病都溜走)
  /(?:疾病|病痛|百病|小病|毛病)(?:都|全|统统)?(?:溜走|跑光|跑掉|赶跑|全没了|消失了)/,
  // toxins expelled from the body (排出体内毒素, 清除肠道宿便)
  /(?:排出|排除|清除|排走|带走|代谢掉?)(?:体内|身体|肠道|血液|血管)?(?:的|里的|中的)?(?:毒素|毒物|宿便)|(?:排出|排除|清除)(?:体内|身体|肠道)(?:的|里的|中的)?垃圾/,
  // grey hair turned black by a wash or a cream — a hair-growth function, not a cosmetic one, once no dye is involved (白发
  // 洗黑, 根根转黑, 久黑不返白, 去80岁白头发, 7天转黑，转黑率99%), melanin raised (增加毛囊黑色素生成); breasts enlarged
  // (丰胸, 丰乳: catalog C.2, the cosmetics label-ban list's exaggerations)
  /(?:白发|白头发|白髮)[^，。！？,.!?]{0,6}(?:转黑|变黑|洗黑|返黑|黑回来|变回黑|消失)|(?:去|祛|除|消除|告别)[^，。！？,.!?]{0,4}(?:白发|白头发|白髮)|[0-9一二三四五六七八九十]+天(?:就|能|即可)?转黑|转黑率|根根(?:转黑|变黑)|黑不(?:返|反)白|治(?:根)?白发|(?:增加|促进|提升|提高)[^，。！？,.!?]{0,4}黑色素(?:生成|合成|分泌)|丰胸|丰乳/,
  // years taken off in figures (1次超声炮=年轻1岁, 青春年华倒转20年, 逆龄10岁): a treatment's promise, whatever the goods
  /(?:年轻|年青|逆龄|减龄|冻龄|倒转|倒退)[^，。！？,.!?]{0,2}(?:[0-9]{1,2}(?![0-9])|[一二三四五六七八九十两几]{1,3})\s*(?:岁|年)/,
  // a younger age's body given back (服用6个月，找回30岁的健康身体; 重回18岁的肌肤状态)
  /(?:找回|重回|回到|恢复到?|重返|重获)[^，。！？,.!?]{0,2}(?:[1-6][0-9]|[一二三四五六]十[一二三四五六七八九]?|十[一二三四五六七八九])\s*岁(?:时|时候)?的?[^，。！？,.!?]{0,4}(?:身体|状态|体质|体能|体力|精力|皮肤|肌肤|容颜|颜值|青春|活力)/,
  // an exercise's effect promised by a food or device (等于熟睡中完成40分钟跳绳, 走路30分钟就像跑步1小时, 带来运动的效果)
  /(?:等于|相当于|就像|如同|等同于?)[^，。！？,.!?]{0,10}(?:[0-9一二三四五六七八九十两几半]+\s*(?:分钟|小时|公里)[^，。！？,.!?]{0,2}(?:跳绳|慢跑|跑步|健美操|游泳|运动|健身)|(?:跳绳|慢跑|跑步|健美操|游泳|运动|健身)\s*[0-9一二三四五六七八九十两几半]+\s*(?:分钟|小时|公里))|(?:带来|达到)[^，。！？,.!?]{0,4}运动的?效果/,
  // sexual function named without the disease word (久勃难软, 硬度不足, 重现男人雄风)
  /勃起|久勃|硬度不足|举而不坚|(?:持久|延时)[^，。！？,.!?]{0,4}(?:高潮|不泄|不射)|高潮不断|重(?:振|现|展|拾)[^，。！？,.!?]{0,3}雄风|(?:增大|增粗|加长|变大|变粗)[^，。！？,.!?]{0,4}(?:生殖器|阴茎|男性器官)/,
  // a long life promised (长生不老, 不老药, 健康过百岁, 活到一百岁): a claim for any goods, not a food-only efficacy assertion
  /长生不老|不老(?:药|仙丹|神药|仙药)|长生仙丹|青春不老|(?:健康|活)过百岁|活到(?:一百|百|[0-9]{2,3})岁|(?:能|都能|至少|保证|让[你您]|包[你您]|准能)活到(?:[0-9]{2,3}|[七八九]十[一二三四五六七八九]?|一百|百)/,
  // developed against a disease or a germ (针对HPV病毒研发); a saviour of a disease group or an organ (三高老人的大救星, 心脑血管的保护神)
  /针对[^，。！？,.!?]{0,6}(?:病毒|细菌|真菌|病菌|炎症|肿瘤|癌|[病炎症])(?:而)?(?:研发|研制|设计|开发|特制)|(?:患者|病人|病友|三高|高血压|糖尿病|心脑血管|血管|心脏|肝脏|肾脏|关节|前列腺|烂脸|激素脸)[^，。！？,.!?]{0,3}的?(?:大)?(?:救星|克星|保护神|守护神)/,
  // an action on the body's cells (作用于人体细胞, 细胞功能活泼, 保护被自由基伤害的细胞)
  /(?:作用于|深入|进入|渗透到?)[^，。！？,.!?]{0,4}细胞|细胞[^，。！？,.!?]{0,2}(?:活化|活泼|活跃)|保护[^，。！？,.!?]{0,8}细胞/,
  // a procedure without recovery time (无恢复期, 立即恢复正常生活, 不会耽误正常生活)
  /(?:无|没有|不需要?|无需|无须)恢复期|(?:立即|马上|当天|即可|就可以|就能)恢复正常的?(?:生活|工作|上班)|不(?:会)?(?:耽误|影响)正常的?(?:生活|工作|上班)/,
  /(?:烟|肺|肠|宿)毒[^，。！？,.!?]{0,2}排|黑肺|洗[^，。！？,.!?]{0,3}肺/,
  // a part of the body's "problems" prevented or treated (长期使用还能有效预防口腔问题): a disease by another name
  /(?:预防|防止|防治|治疗|根治|治好)[^，。！？,.!?]{0,4}(?:口腔|牙齿|牙龈|牙周|肠胃|胃肠|胃部|肝脏|肾脏|关节|颈椎|腰椎|眼部|眼睛|心血管|心脑血管|血管|呼吸道|前列腺|妇科)的?(?:问题|疾病|毛病)/,
  // back to normal as a person (吃几盒就能变正常人): a cure in other words
  /(?:吃|喝|用|服)[^，。！？,.!?]{0,6}(?:就能|就可以|就会|能|可以)?(?:变成?|变回|恢复成?|成为)正常人/,
  // body fat lowered (降低体内脂肪) — not fat in the diet (减少脂肪摄入, 降低脂肪含量)
  /(?:降低|减少|减掉|减去|消耗|去除|清除|消除)[^，。！？,.!?]{0,4}脂肪(?!的?(?:摄入|含量|比例|酸))/,
  SYMPTOMS_RELIEVED,
  // a list of complaints the goods settle at once (肌肤敏感、红肿、红血丝……一瓶搞定)
  /(?:红肿|红血丝|红疹|瘙痒|发痒|湿疹|皮炎|炎症|过敏|溃烂)[^。！？!?]{0,30}(?:一瓶|一支|一盒|一罐|一贴|一次|统统|全都|全部|都能)搞定/,
  // a complaint that is gone (红肿有所消退, 不再发痒)
  /(?:红肿|红疹|瘙痒|发痒|肿痛|疼痛)[^，。！？,.!?]{0,4}(?:消退|消失|退了|没了|减轻了)|不再(?:发痒|瘙痒|红肿|疼痛|过敏|失眠|便秘)/,
  // damp driven out (告别坏湿气, 湿气排出): the TCM treatment 祛湿 in other words
  /(?:告别|赶走|排出|排走|去除|祛除|清除|祛)[^，。！？,.!?]{0,3}湿气|湿气[^，。！？,.!?]{0,3}(?:排出|排走|去除|没了|全无)/,
  // a disease however severe (再厉害的滑膜炎积液, 再顽固的失眠): the promise of a cure
  /再(?:厉害|严重|顽固|难治|难缠|多年)的[^，。！？,.!?]{0,8}(?:炎|病|痛|症|结节|积液|湿疹|失眠|便秘)/,
  // height gained in a time frame (三个月长高3厘米, 一个月长了5-8cm); the growth verb is required: a size chart reads 3个月 身高59-66cm
  /[0-9一二三四五六七八九十两几半]+\s*个?(?:天|周|月|年)[^，。！？,.!?]{0,4}?(?:长高了?|增高了?|长了|高了)\s*[0-9]+(?:\.[0-9]+)?(?:\s*[-~到至]\s*[0-9]+(?:\.[0-9]+)?)?\s*(?:cm|CM|厘米|公分)/,
  // a therapeutic action on an organ, a body system or a disease marker (修复眼角膜, 软化血管, 促进伤口愈合); not
  // the health functions a health food may have approved (免疫力, 睡眠, 体质: EFFICACY_ASSERTIONS), nor skin care
  /(?:修复|改善|调节|促进|降低|预防|抑制|缓解|消除|清理|清除|乳化|分解|疏通|软化|激活|刺激|增强|再生|恢复|强健|强壮|加快|加速|提高)[^，。！？,.!?]{0,3}(?:血液流速|血流速度|生殖系统|生殖能力|性功能|心肺功能|眼角膜|角膜|视网膜|视神经|神经|脑细胞|受损细胞|肝脏|肝功能|肝细胞|肾脏|肾功能|胃黏膜|肠黏膜|肺功能|心脏|心肌|心脑血管|血管|血液循环|微循环|造血功能|骨密度|骨骼|关节|软骨|前列腺|卵巢|子宫|甲状腺|内分泌|胰岛|伤口|创面|炎症|病变|病灶|血压|血糖|血脂|尿酸|胆固醇|甘油三酯|三酸甘油脂|三酸甘油酯)/,
];
/** A disease state named by an organ and a decline (卵巢功能减弱, 肾功能衰退, 记忆力下降): a disease reference
 *  without a disease name. */
export const DISEASE_PATTERNS: RegExp[] = [
  /(?:细胞|器官|脏腑)[^，。！？,.!?]{0,2}(?:老化|衰老|受损|病变|衰竭)/,
  /(?:卵巢|子宫|肾|肝|脾|胃|肠|肺|心脏|心肺|前列腺|甲状腺|性|记忆|记忆力|视力|听力|免疫|免疫力|造血|消化|代谢|内分泌)(?:功能|机能)?(?:减弱|衰退|下降|减退|不全|衰竭|低下|紊乱|早衰|失调|受损)/,
  // an inflammation, whatever its name (毛囊虫皮肤炎, 口炎), as what the goods prevent or treat; an ulcer
  /(?:预防|防止|改善|缓解|减缓|减轻|治疗|消除|对抗|告别)[^，。！？,.!?、]{0,6}?[\u4e00-\u9fa5]炎(?![热夏凉黄帝])|(?:预防|改善|缓解|减缓|减轻|治疗|修复)[^，。！？,.!?、]{0,4}溃疡/,
];
/** General efficacy / health-effect assertions with no disease word: a health function claimed for an ordinary
 *  food is a claim it may not make, and an efficacy assertion is what a health-food ad may not make. */
export const EFFICACY_ASSERTIONS = [
  // growth in height promised (可以长高的奶粉, 喝了可以长高)
  '可以长高', '能长高', '能够长高', '帮助长高', '促进长高', '助长高', '增高助长', '助长增高', '告别矮小',
  // sleep promised (酣睡一整晚, 专为睡眠人群研发, 促进睡眠) and immunity tuned (滋阴调免疫)
  '酣睡一整晚', '安睡一整晚', '睡眠人群', '促进睡眠', '调免疫',
  // a result promised (做上一段时间一定会有效果的)
  '一定会有效果', '一定有效果', '肯定会有效果', '肯定有效果', '保证有效果',
  '效果显著', '效果惊人', '帮助睡眠', '助睡眠', '调整体质', '滋补强身', '身高烦恼', '见效明显', '见效快', '快速解酒', '解酒护肝', '效果明显', '效果非常明显', '效果特别明显', '效果特别好', '效果立竿见影', '变化看得见', '看得见的变化', '变化非常明显', '肉眼可见的变化', '一觉自然醒',
  '一觉到天亮', '一觉睡到天亮', '一觉到天光', '一觉睡到天光', '倒头就睡', '沾枕就睡', '蜕变', '脱胎换骨', '逆龄', '冻龄', '返老还童', '年轻十岁', '年轻了十岁', '延缓衰老', '抗衰老', '抗衰',
  // ageing reversed as the goods' effect (越活越年轻, 活得更年轻)
  '越活越年轻', '越吃越年轻', '越喝越年轻', '活得更年轻', '活得年轻',
  '清除自由基', '延年益寿', '长命百岁', '精力充沛', '浑身有劲', '喝它就行', '吃它就行', '喝它就好', '吃它就好', '喝了就好', '吃了就好', '调理身体', '调理体质',
  '改善体质', '增强体质', '增强抵抗力', '提高抵抗力', '补气血', '补气养血', '养胃', '护胃', '调理肠胃', '促消化', '促进消化', '助消化', '帮助消化', '促进肠胃消化', '帮助肠胃消化', '促进胃肠消化', '改善肠胃消化', '缓解疲劳', '缓解体力疲劳', '抗疲劳', '保障睡眠', '暖宫', '护眼', '明目', '健脑', '抗氧化', '提升记忆', '记忆提升', '增强记忆', '改善记忆', '提高记忆力', '增强记忆力', '益智', '助眠', '安神', '排宿便',
  // beauty and hair from inside (美容养颜, 乌发) and a child's height (身高管理, 为骨骼生长提供动力): functions no ordinary food has
  '补虚', '养颜', '美容养颜', '润肠', '润肠通便', '健脾', '养肾', '益肾', '益心', '养心', '养肝', '厚肠', '润肺', '清肺', '乌发', '抚平痘印', '痘印抚平', '淡化痘印', '去痘印', '身高管理', '骨骼生长', '身高潜能', '长高潜能',
  // the brain nourished (补脑, 补眼脑, 健脑益智): a memory function only an approved health food may claim
  '补脑', '补眼脑', '健脑', '益智健脑', '健脑益智',
  // sleep, metabolism and body functions (安稳好眠一夜, 促进代谢, 调节机能, 循环顺畅)
  '好眠', '一夜好眠', '安稳好眠', '促进代谢', '促进新陈代谢', '加速代谢', '加快代谢', '提高代谢', '调节机能', '调节生理机能', '循环顺畅', '循环畅通',
  // immunity regulated, resistance to disease raised (免疫调节：增强抗病能力)
  '免疫调节', '调节免疫', '增强抗病能力', '提高抗病能力',
  // sub-health "fixed" (告别亚健康) and a child's height potential with 的 (激发身高的潜能)
  '告别亚健康', '改善亚健康', '远离亚健康', '调理亚健康', '身高的潜能', '长高的潜能', '身高潜力', '长高潜力',
];
/** "No side effects": a food or cosmetic that claims it speaks as a medicine. */
export const SIDE_EFFECT_CLAIMS = ['没副作用', '没啥副作用', '没什么副作用', '无任何毒副作用', '没有任何毒副作用', '没有毒副作用', '无副作用', '没有副作用', '零副作用', '无毒副作用', '绝无副作用', '毫无副作用', '没有任何副作用', '无任何副作用', '无不良反应', '没有不良反应'];
/** Mandatory disclaimers (food-safety-law art 78/79; 2020 review measures). */
export const HEALTH_FOOD_DISCLAIMERS = [/本品不能代替药物/, /保健食品不是药物[，,]?\s*不能代替药物治疗疾病/];
export const HEALTH_FOOD_DISCLAIMER_TEXT = '保健食品不是药物，不能代替药物治疗疾病';

export const MEDICAL_TERMS = [...TREATMENT, ...DISEASES, ...DRUG_CONFUSION];
/** Words containing disease-like characters that are not disease claims. */
export const MEDICAL_EXEMPT = [
  // (神药 inside 精神药品)
  '精神药品', '精神药物',
  // the epidemic as the time or the background (經過多年新冠肺炎疫情的肆虐): an event, not a claim
  '新冠肺炎疫情', '新冠疫情', '肺炎疫情',
  // antibiotic residues, a food-safety matter (抗生素残留, 无抗生素鸡蛋)
  '抗生素残留', '无抗生素', '不含抗生素', '抗生素超标', '抗生素含量',
  // drugs described as what has a treatment function (与具有治疗功能的药品有本质区别): the drug's, not the goods' function
  '治疗功能的药品', '治疗功能的药物', '治疗作用的药品', '治疗作用的药物', '治疗疾病的药品', '治疗疾病的药物',
  // a process, a bacterium, a standard nutrient-function phrase (GB 28050: 蛋白质有助于构成或修复人体组织)
  '高温杀菌', '超高温杀菌', '巴氏杀菌', '杀菌工艺', '杀菌后', '肉毒杆菌中毒', '肉毒杆菌孢子', '构成或修复人体组织',
  // (an idiom: 头痛医头，脚痛医脚)
  '头痛医头', '脚痛医脚',
  // (the skin's own repair at night: 夜间是皮肤修复黄金期)
  '修复黄金期',
  '药品', '非药品', '药店', '药房', '药监', '药师', '药物', '火药', '炸药', '芍药', '药妆店', '防晒', '修复霜的质地', '修复工作', '修复问题', '维修复', '修复bug', '系统修复',
  '结节日', '百病不侵', '防病毒软件', '感染力', '过敏测试', '不过敏', '防过敏', '角膜接触镜', '修复破损', '修复订单', '癌症保险', '吸油纸', '吸油面纸',
  // a scale for weighing oneself while dieting is no weight-loss claim (人体秤成人减肥称重计)
  '减肥称', '减肥秤', '减脂秤', '体脂秤',
  // 治愈 as "soothing" (治愈系, 治愈生活的满怀柔软); the cost of treatment (赚取女孩治疗费) is no claim
  '治愈系', '治愈生活', '治愈心灵', '治愈人心', '治疗费', '治疗费用', '医疗费', '医疗费用', '医药费',
  '发烧友', '的特效', '抗炎药', '消炎药', '病虫害防治', '虫害防治', '防治病虫害', '防治虫害', '防治害虫', '污染防治', '防治污染', '不感冒', '延误治疗', '耽误治疗', '延误病情', '耽误病情', '感冒药', '激素脸', '无激素', '不含激素', '结石乐队', '经络图',
];

// A disease the sentence calls incurable is described, not claimed (糖尿病是不能根治的) — unless the sentence also sells
// something (医院都治不好，我们的茶能调理 stays a claim); so is a person's illness told (below)
const DISEASE_SET = new Set(DISEASES.map(normalizeTerm));
// Procedures and medicinal materials by name: only a product that borrows them claims anything (see describedNotClaimed)
const PROCEDURE_SET = new Set(['美白针', '水光针', '溶脂针', '瘦脸针', '肉毒素', '肉毒杆菌', '玻尿酸注射', '热玛吉', '超声刀',
  '中药', '中草药', '中药材', '名贵中药材', '天然药材', '名贵药材', '珍稀药材'].map(normalizeTerm));
const INCURABLE = /(?:无法|不能|不可能?|难以|没法|没办法)(?:被)?(?:彻底)?(?:治愈|根治|治好|痊愈)|(?:没有|没|尚无)(?:任何)?(?:办法|方法|药物|药|手段)(?:可以|能够?)?(?:彻底)?(?:治愈|根治|治好)|(?:没有|尚无|还没有|并无)(?:彻底)?(?:治愈|根治|治好)的?(?:办法|方法|药物|手段)|不可逆转?|治不好|治不了|不可治愈|(?:并非|不是)[^，。！？,.!?]{0,12}就能(?:预防|治好|治愈|根治)/;
const SELLING = /这款|这个产品|我们的|我们家|咱们家|咱家|本品|本产品|下单|链接|拍下|购买|买/;
// Text that names itself a drug (该药品适用于…, 本品属于处方药, 药酒是中药的一种传统剂型) is a drug's information, ad-law/drug-device-claims' matter,
// when no category says otherwise
// (and a drug label's headings: 适应症：…, 功能主治：…)
const SELF_DRUG = /(?:该|本|此)(?:药品|药物)|(?:是|为)(?:一款|一种)[^，。！？,.!?]{0,16}(?:处方药|非处方药)|^[^，。！？,.!?]{0,12}(?:是|属于|为)(?:中药|药品|药物|西药|中成药)的?(?:一种|一类)?(?:传统)?剂型|(?:本品|该品|本药)(?:属于|是|为)(?:处方|非处方)药|(?:适应症|适应证|功能主治)\s*[:：]/;
// Someone's illness told (妈妈得了糖尿病, 我父亲确诊了脑梗): the disease is what happened to a person, not what goods do —
// unless the sentence sells or the goods act in it (得了高血压，喝了我们的茶就稳了 stays a claim)
const GOT_ILL = /(?:我|妈妈|母亲|父亲|爸爸|老爸|老妈|老伴|爷爷|奶奶|外公|外婆|姥姥|姥爷|家人|朋友|同事|邻居|亲戚|孩子|儿子|女儿|老公|老婆|丈夫|妻子|他|她)[^，。！？,.!?]{0,3}(?:得了|患了|患有|确诊了?|查出了?|诊断出|罹患)/;
const GOODS_ACT = /(?:吃|喝|用|服|贴|戴|涂)(?:了)?(?:这|它|我们|咱|本品)|这款|这个产品/;
// A disease defined (产后抑郁症是女性精神障碍中最为常见的类型): the disease is the subject of a textbook sentence
// (group 1 is the subject: the word must lie in it — 摔倒是心脑血管疾病引起的 defines 摔倒, and the disease stays a claim)
const DEFINED = /^([^，。！？,.!?]{0,16}?)(?:是|属于|指|作为)[^。！？!?]{0,30}(?:疾病|病症|类型|症状|综合征|障碍|慢性病|病变)/;
// A disease as the outcome or the cause of something else (瘙抓会导致擦伤，继发感染; 因为过敏引起肌肤泛红; 中风住进医院): a cause told, not a
// cure — unless the sentence also relieves, treats, targets or prevents (缓解过敏引起的泛红; 针对…引起的所有疾病; 摔倒是心脑血管疾病引起的，
// 不治好病以后还得摔) or sells
// (…and a risk: 风一吹更容易感冒 — not 不容易感冒, which is the goods' claim)
const CAUSED_BEFORE = /(?:(?<!不)(?:更|很|较|越)容易|导致|引起|引发|造成|诱发|继发|并发|加重|加剧|后出现|时出现|可能出现|会出现|发展为|发展成|演变为|演变成|恶化为|转为|转变为|转化为)[^，。！？,.!?；;]{0,6}$/;
const CAUSED_AFTER = /^[^，。！？,.!?；;]{0,2}(?:引起|导致|引发|所致|造成|诱发|住进|住院|入院|被送医|抢救|去世|离世|身亡|病逝)/;
// perf: CAUSED_AFTER's words start within three characters of the hit's end; their first characters are looked for first
const CAUSED_AFTER_FIRST = new Set('引导所造诱住入被抢去离身病'.split(''));
function causedAfter(v: string, end: number, e: number): boolean {
  const to = Math.min(e, end + 3);
  for (let i = end; i < to; i++) if (CAUSED_AFTER_FIRST.has(v[i])) return CAUSED_AFTER.test(v.slice(end, Math.min(e, end + 8)));
  return false;
}
/** A decline right after a hit (免疫力下降, 记忆力减退). */
const DECLINE = '下降|降低|减弱|减退|变差|变弱|受损|低下|紊乱|失调';
const DECLINE_AFTER = new RegExp(`^的?(?:${DECLINE})`);
const DECLINE_END = new RegExp(`(?:${DECLINE})$`);
const RELIEF = /预防|防止|避免|缓解|改善|治|医(?![院生师保学科药])|针对|消除|减少|降低|告别|远离|舒缓|对抗|抵抗|抑制|修复|解决|溶解|帮助|帮你|帮您|助你|赶走|调理|减轻|不再/;
// Anything that makes a sentence about a disease a possible claim when no category says what is sold: relief (above), an
// effect, goods taken or applied, a sufferer or a listener addressed, a question
const CLAIM_CUE = new RegExp(`${RELIEF.source}|降|帮|助|效|好转|康复|痊愈|恢复|稳|控制|克星|福音|吃|喝|服|用|贴|涂|敷|不怕|再也|摆脱|专|适合|适宜|推荐|必备|人群|患者(?!人?数|比例|总数)|病人|病友|的人|朋友|宝宝|孩子|老人|爸妈|父母|家人|姐妹|大家|你|您|[？?]`);
/** The rest of a shop's name after a word (…官方旗舰店, …专营店). */
const STORE_NAME_AFTER = /^[\u4e00-\u9fa5]{0,4}?(?:官方)?(?:旗舰店|专营店|专卖店)/;
/** Is the disease or treatment word at [start, end) part of a description (a drug's own information with no category set,
 *  a disease called incurable or a person's illness told by a sentence that sells nothing), not a claim for the goods? Shared by the medical-claim and
 *  elderly-inducement rules, so the two agree. */
/** Treatment by medicine's own means: drugs as a treatment, surgery, a hospital's or a doctor's care. */
const MEDICAL_MEANS = /(?:通过|经过?|接受|采用|进行|经由)[^，。！？,.!?]{0,6}?(?:药物|手术|医院|临床|专科|医生的?)治疗|(?:使用|服用|用)药物(?:进行)?治疗|遵医嘱(?:用药|治疗|服药)|配合医生|通过(?:服用|使用)药物/;
// perf: the medical-claim and elderly rules ask about every hit, several hits share a sentence (19,813 calls over 5,606
// sentences on the dense benchmark): each sentence test runs once per sentence, its result kept in a bit set on the unit
const T_INCURABLE = 1, T_GOT_ILL = 2, T_CLAIM_CUE = 4, T_ADVICE = 8, T_MEANS = 16, T_SELLING = 32, T_GOODS_ACT = 64, T_RELIEF = 128;
const SENTENCE_TESTS: Record<number, RegExp> = {
  [T_INCURABLE]: INCURABLE, [T_GOT_ILL]: GOT_ILL, [T_CLAIM_CUE]: CLAIM_CUE, [T_ADVICE]: CONDITIONAL_ADVICE, [T_MEANS]: MEDICAL_MEANS,
  [T_SELLING]: SELLING, [T_GOODS_ACT]: GOODS_ACT, [T_RELIEF]: RELIEF,
};
interface SentenceFacts { text: string; known: number; bits: number; definedLen: number }
const FACTS = Symbol('sentenceFacts');
const SELF_DRUG_TEXT = Symbol('selfDrug');
type FactsUnit = TextUnit & { [FACTS]?: Map<number, SentenceFacts>; [SELF_DRUG_TEXT]?: boolean };
function sentenceFacts(unit: TextUnit, v: string, s: number, e: number): SentenceFacts {
  const cache = ((unit as FactsUnit)[FACTS] ??= new Map());
  const key = s * 0x100000 + e;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = { text: v.slice(s, e), known: 0, bits: 0, definedLen: -2 }));
  return f;
}
function holds(f: SentenceFacts, test: number): boolean {
  if ((f.known & test) === 0) { f.known |= test; if (SENTENCE_TESTS[test].test(f.text)) f.bits |= test; }
  return (f.bits & test) !== 0;
}
export function describedNotClaimed(unit: TextUnit, start: number, end: number, category: string | undefined): boolean {
  const v = foldedView(unit);
  // a word inside a shop's name (万邦汉方官方旗舰店): the name of the shop, not a claim about the goods
  // (perf: every alternative ends in 店 — looked for first)
  const shop = v.indexOf('店', end);
  if (shop >= 0 && shop < end + 10 && STORE_NAME_AFTER.test(v.slice(end, end + 10))) return true;
  if (category === undefined && ((unit as FactsUnit)[SELF_DRUG_TEXT] ??= SELF_DRUG.test(v))) return true;
  // perf: the rare sentence form first, the normalised term (a normaliser run) last
  const [s, e] = sentenceAround(v, start, end);
  const f = sentenceFacts(unit, v, s, e);
  if (f.definedLen === -2) f.definedLen = DEFINED.exec(f.text)?.[1].length ?? -1;
  let described = holds(f, T_INCURABLE) || holds(f, T_GOT_ILL) || f.definedLen >= end - s;
  if (!described && (CAUSED_BEFORE.test(v.slice(Math.max(s, start - 12), start)) || causedAfter(v, end, e))) {
    described = !holds(f, T_RELIEF);
  }
  // a good thing lost as the outcome of something else (熬夜会导致免疫力下降; 影响…，导致记忆力减退): a harm told, not the goods' effect
  if ((DECLINE_AFTER.test(v.slice(end, end + 4)) || DECLINE_END.test(v.slice(start, end))) && CAUSED_BEFORE.test(v.slice(Math.max(s, start - 12), start))
    && !holds(f, T_SELLING) && !holds(f, T_GOODS_ACT)) return true;
  // with no category: a disease named by a sentence with nothing that treats, relieves, targets, sells or acts on a body
  // (有原因不明的泌尿系统结石等; 总结了几个癌种与饮酒的关系) is a description — an explainer or a news line, not an ad
  if (!described && category === undefined && !holds(f, T_CLAIM_CUE)) described = true;
  // a disease named in a sentence that sends the reader to a doctor, in a clause that relieves nothing (患者出现糖尿病，建议
  // 及早去医院检查…; 有高血压等疾病的老人，最好询问医生之后再做): advice, not a claim
  if (!described && holds(f, T_ADVICE)) {
    const [cs, ce] = clauseAround(v, start, end);
    described = !RELIEF.test(v.slice(cs, ce));
  }
  // a disease healed by medicine's own means (通过合理的药物治疗可以痊愈, 经手术治疗后康复): a prognosis, not the goods' effect —
  // the treatment and healing words too, as long as nothing is sold or taken in the sentence
  if (!described && holds(f, T_MEANS)) return !holds(f, T_SELLING) && !holds(f, T_GOODS_ACT);
  // with no category: an aesthetic procedure or a medicinal material named where nothing is sold (水光针是一种美容注射技术; 建议到正规医疗机构
  // 接受水光针注射; 枫斗是中药中石斛的上品) is the procedure or the material told about — a cosmetic that borrows the name (媲美水光针) is the claim the word is listed for
  // (a sentence that sells or acts on a body makes any hit a claim)
  if (!described && category !== undefined) return false;
  if (holds(f, T_SELLING) || holds(f, T_GOODS_ACT)) return false;
  const term = normalizeTerm(v.slice(start, end));
  return (category === undefined && PROCEDURE_SET.has(term)) || (described && DISEASE_SET.has(term));
}
