// Shanghai guide: no baseless 婴幼儿专用 / 儿童专用 claims (used to justify higher prices) unless the product
// carries an infant or children's product standard.
import { defineRule } from '@liveguard/core';
import { m } from '../live/common.js';

const CHILD_STANDARD = /儿童|婴幼儿|婴儿|GB\s*31701|GB\s*6675|GB\s*10769|GB\s*10767|QB\/T\s*2880/i;

export const noBaselessInfantExclusive = defineRule({
  meta: {
    id: 'sh-guide/no-baseless-infant-exclusive', type: 'problem', severity: 'warning', binds: ['streamer', 'merchant'], jurisdiction: '310000',
    basis: [{ source: 'sh-guide-2022', evidence: 'N' }],
    category: 'minors',
    docs: {
      description: m('不得无依据地宣称“婴幼儿专用”“儿童专用”：商品须执行相应的婴幼儿或儿童产品标准', 'No baseless "for infants / children only" claims without a children\'s product standard'),
    },
    messages: {
      baseless: m('“{{text}}”：商品“{{title}}”未标注婴幼儿或儿童产品执行标准', '"{{text}}": product "{{title}}" shows no infant or children\'s product standard'),
    },
  },
  lexicons: { exclusive: { terms: ['婴儿专用', '婴幼儿专用', '儿童专用', '宝宝专用', '孩子专用', '新生儿专用'] } },
  create(ctx) {
    const done = new Set<string>();
    return {
      speech(_e, units) {
        const u = units[0];
        const p = ctx.session.pinned;
        if (!u || !p || done.has(p.id)) return;
        const h = ctx.hits(u)[0];
        if (!h) return;
        const attrs = (p.attributes ?? {}) as Record<string, unknown>;
        const standard = [attrs['执行标准'], attrs.standard, (p as { standard?: unknown }).standard].filter((x) => typeof x === 'string').join(' ');
        if (CHILD_STANDARD.test(standard)) return;
        done.add(p.id);
        ctx.report({ messageId: 'baseless', unit: u, start: h.start, end: h.end, data: { text: u.text.slice(h.start, h.end), title: p.title } });
      },
    };
  },
});
