// Classes of failure found on the evaluation set, each with our own live-commerce sentences (not eval
// sentences): the context layer (reporting, reported speech, conditional advice, answered questions),
// traditional characters, efficacy claims without a disease word, elderly cues, own-baseline prices.
import { describe, expect, it } from 'vitest';
import { rulesById } from '../../src/index.js';
import { runExample } from '../../src/util/examples.js';

const fires = (id: string, text: string, category?: string) => runExample(rulesById.get(id)!, { text, category }).length > 0;
const MED = 'ad-law/no-medical-claims-for-non-medical-goods';
const HF = 'ad-law/health-food-claims';
const ELDER = 'consumer-reg/elderly-health-inducement';
const ABS = 'ad-law/absolute-terms';
const PRICE = 'price-fraud-2022/no-unverifiable-baseline';

describe('third-person reporting and reported speech are not claims', () => {
  it.each([
    [MED, '不少中老年消费者把希望寄托在所谓能降血糖的冲剂上', 'food'],
    [MED, '很多人拆快递时才发现，卡片上写着“七天治好失眠”', 'food'],
    [ABS, '在销售员口中，这成了全网最好的面膜', 'cosmetics'],
    [MED, '经查，当事人在直播中称该饮料可治疗痛风', 'food'],
  ])('%s: %s', (id, text, cat) => expect(fires(id, text, cat)).toBe(false));
  it('the seller\'s own testimony stays a claim', () => expect(fires(MED, '很多人喝了一个月，血糖都降下来了', 'food')).toBe(true));
});

describe('conditional advice and negation', () => {
  it.each([
    [MED, '痛风患者请遵医嘱，这款只是普通零食', 'food'],
    [MED, '身体不适请及时就医，别听信能治病的说法', 'food'],
  ])('%s: %s', (id, text, cat) => expect(fires(id, text, cat)).toBe(false));
});

describe('questions', () => {
  it('a plain question is not a claim', () => expect(fires(MED, '这个能降血压吗？', 'food')).toBe(false));
  it('a rhetorical question answered at once is', () => expect(fires(MED, '血压高怎么办？喝它就行！', 'food')).toBe(true));
});

describe('traditional characters', () => {
  it.each([
    [MED, '這款茶飲可以降血壓，一個月見效', 'food'],
    [PRICE, '三千我不要，兩千我不開，只要一百九', 'other'],
    [PRICE, '原價五百九十九，今天直播間只要一百九', 'other'],
    [HF, '每天兩粒，變化看得見', 'health-food'],
  ])('%s: %s', (id, text, cat) => expect(fires(id, text, cat)).toBe(true));
});

describe('efficacy claims without a disease word', () => {
  it('for ordinary food', () => expect(fires(MED, '睡前一杯，倒头就睡，第二天精力充沛', 'food')).toBe(true));
  it('for health food', () => expect(fires(HF, '坚持吃，效果非常明显', 'health-food')).toBe(true));
  it('not for other goods', () => expect(fires(MED, '这块抹布吸水效果非常明显', 'other')).toBe(false));
  it('organ decline is a disease reference', () => expect(fires(MED, '记忆力下降的，每天两勺', 'food')).toBe(true));
});

describe('elderly audience', () => {
  it.each([
    ['老伙计们，这个酒喝了不复发', undefined],
    ['上了年纪的朋友，这个粉能治骨质疏松', 'food'],
    ['根治老寒腿，就认准这一款', 'food'],
    ['干爹干妈们，下方链接赶紧拍', undefined],
  ])('%s', (text, cat) => expect(fires(ELDER, text, cat)).toBe(true));
  it.each([
    ['给家里长辈挑一副老花镜，字大清晰', undefined],
    ['本品用于骨质疏松的治疗，请按说明书使用', 'drug-otc'],
  ])('not: %s', (text, cat) => expect(fires(ELDER, text, cat)).toBe(false));
});

describe('absolute terms need 100% or 百分百, not a bare 100', () => {
  it.each(['全场满100包邮', '榜单TOP100里的好物', '这款编号NO.100'])('%s', (t) => expect(fires(ABS, t)).toBe(false));
  it.each(['100%有效', '百分百满意'])('%s', (t) => expect(fires(ABS, t)).toBe(true));
});

describe('sellers\' idioms are not reporting or advice', () => {
  it.each([
    [MED, '喝了这个茶，再也不用去医院挂号降血压了', 'food'],
    [MED, '身体不适的吃这个就好，降血糖', 'food'],
    [MED, '放入口中慢慢含化，咽炎马上就好', 'food'],
    [MED, '很多用户吃了都说降血糖', 'food'],
    [MED, '很多人吃了之后发现血压降下来了', 'food'],
    [MED, '不信你试试，三天降血压', 'food'],
    [ABS, '打着灯笼都找不到的全网最低价', undefined],
    [ABS, '绝不忽悠，这是最好的一款', undefined],
    [ABS, '包装成礼盒送人，最好的礼物', undefined],
  ])('%s: %s', (id, text, cat) => expect(fires(id, text, cat)).toBe(true));
});
