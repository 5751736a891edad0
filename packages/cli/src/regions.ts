// GB/T 2260 region codes by name, for --region.
import { UserError } from './errors.js';

export const REGION_NAMES: Record<string, string> = {
  全国: '', national: '', cn: '',
  北京: '110000', beijing: '110000', 上海: '310000', shanghai: '310000', 浙江: '330000', zhejiang: '330000',
  宁波: '330200', ningbo: '330200', 杭州: '330100', hangzhou: '330100', 江苏: '320000', jiangsu: '320000',
  扬州: '321000', yangzhou: '321000', 广东: '440000', guangdong: '440000', 广州: '440100', guangzhou: '440100',
  海南: '460000', hainan: '460000',
};

export function parseRegion(v: string): string {
  const t = v.trim().replace(/(省|市)$/, '');
  if (/^\d{6}$/.test(t)) return t;
  const code = REGION_NAMES[t.toLowerCase()] ?? REGION_NAMES[t];
  if (code === undefined) throw new UserError(`未知的地区 "${v}" (unknown --region; use a GB/T 2260 code such as 330000, or one of ${Object.keys(REGION_NAMES).filter((k) => /[a-z]/.test(k)).join(', ')})`);
  return code;
}
