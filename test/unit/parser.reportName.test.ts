// The year, issuer and kind of a report: from its title, or, when it was published without one, from its
// opening sentence or the file name; and the kinds of issuer that are governments.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core';
import { describeDocument } from '../../server/src/core/describe';
import { kindOfIssuer } from '../../server/src/core/parse/reports';
import { SHARED, describeShared } from './fixtures';

describe('a report without a title line', () => {
  test('the opening sentence gives the year, the issuer and so the kind', () => {
    const text = [
      '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《关于做好2016年度政府信息公开年度报告编制发布工作的通知》要求，现公布某某县某某镇人民政府2016年度政府信息公开工作年度报告。',
      '一、概述',
      '2016年，我局认真贯彻落实《条例》。',
    ].join('\n');
    const r = parseDocument(text).reports[0];
    assert.equal(r.title, undefined);
    assert.equal(r.opening?.text.endsWith('现公布某某县某某镇人民政府2016年度政府信息公开工作年度报告。'), true);
    // The year of the notice cited in 《》 is not the report's, though the same here.
    assert.equal(r.year, 2016);
    assert.equal(r.yearSource, 'opening');
    assert.equal(r.era, 'legacy');
    assert.equal(r.issuer?.text, '某某县某某镇人民政府');
    assert.equal(r.issuer?.source, 'opening');
    assert.equal(text.slice(r.issuer!.start, r.issuer!.end), '某某县某某镇人民政府');
    // The issuer outweighs "我局" in the body.
    assert.equal(r.kind, 'government');
    assert.equal(r.kindSource, 'issuer');
  });

  test('a notice cited in 《》 does not give its year to the report', () => {
    const text =
      '本年度报告是根据《中华人民共和国政府信息公开条例》和《关于做好2013年度政府信息公开年度报告编制发布工作的通知》要求编制的。\n' +
      '本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n一、概述\n';
    const r = parseDocument(text).reports[0];
    assert.ok(r.opening);
    assert.equal(r.yearEvidence.opening, undefined);
    assert.equal(r.year, 2014);
    assert.equal(r.yearSource, 'period');
  });

  test('"由××区人民政府办公室编制": the report is the government\'s', () => {
    const text = '本年度报告是根据《中华人民共和国政府信息公开条例》的要求，由某某区人民政府办公室编制。\n一、概述\n';
    const r = parseDocument(text).reports[0];
    assert.equal(r.issuer?.text, '某某区人民政府');
    assert.equal(r.kind, 'government');
  });

  test('"由××局编制的2017年度……年度报告": the year and the compiling department', () => {
    const text = '引言\n本年报是根据某区政府信息公开工作规定有关要求，由某某区地税局编制的2017年度政府信息公开年度报告。\n一、概 述\n';
    const r = parseDocument(text).reports[0];
    assert.equal(r.year, 2017);
    assert.equal(r.issuer?.text, '某某区地税局');
    assert.equal(r.kind, 'department');
  });

  test('the report named as a book title: 现发布《……2022年政府信息公开工作年度报告》', () => {
    const text = '根据《中华人民共和国政府信息公开条例》要求，现发布《某县某某镇2022年政府信息公开工作年度报告》。本报告由总体情况、主动公开政府信息情况等六部分组成。\n';
    const r = parseDocument(text).reports[0];
    assert.equal(r.year, 2022);
    assert.equal(r.era, '2021');
    assert.equal(r.issuer?.text, '某县某某镇');
    assert.equal(r.kind, 'government');
  });

  test('no title and it starts with 一、概述: the file name gives the year and the issuer', () => {
    const text = '一、概述\n全年认真贯彻落实《中华人民共和国政府信息公开条例》。\n二、主动公开政府信息情况\n全年主动公开信息50条。\n';
    const r = parseDocument(text, { fileName: '某县统计局2016年政府信息公开工作年度报告.txt' }).reports[0];
    assert.equal(r.year, 2016);
    assert.equal(r.yearSource, 'fileName');
    assert.equal(r.issuer?.text, '某县统计局');
    assert.equal(r.issuer?.source, 'fileName');
    assert.equal(r.kind, 'department');
    assert.equal(r.kindSource, 'issuer');
    // Without the file name nothing tells.
    const bare = parseDocument(text).reports[0];
    assert.equal(bare.year, undefined);
    assert.equal(bare.kindSource, 'default');
    assert.match(describeDocument(parseDocument(text, { fileName: '某县统计局2016年政府信息公开工作年度报告.txt' }), 'zh'), /2016 \(来自文件名\)/);
  });

  test('the text outweighs the file name, and a file name that names no report is ignored', () => {
    const text = '某县统计局2017年政府信息公开工作年度报告\n一、概述\n';
    assert.equal(parseDocument(text, { fileName: '某县统计局2016年政府信息公开工作年度报告.txt' }).reports[0].year, 2017);
    const notes = parseDocument('一、概述\n二、主动公开政府信息情况\n', { fileName: '2016年笔记.txt' }).reports[0];
    assert.equal(notes.year, undefined);
  });

  test('a file holding several reports: its name names none of them', () => {
    const text = '第一篇：某局2015年政府信息公开工作年度报告\n正文。\n第二篇：某局2016年政府信息公开工作年度报告\n正文。\n';
    const doc = parseDocument(text, { fileName: '某县人民政府2014年政府信息公开工作年度报告.txt' });
    assert.deepEqual(doc.reports.map((r) => [r.year, r.kind]), [[2015, 'department'], [2016, 'department']]);
  });
});

describe('titles and issuers', () => {
  test('a title with the typo "2022度" still gives the year and the issuer', () => {
    for (const title of ['某某县人民政府2022度政府信息公开工作年度报告', '2022度某某县统计局政府信息公开工作年度报告']) {
      const r = parseDocument(`${title}\n一、总体情况\n`).reports[0];
      assert.equal(r.year, 2022, title);
      assert.equal(r.era, '2021', title);
      assert.equal(r.issuer?.text, title.startsWith('2022') ? '某某县统计局' : '某某县人民政府', title);
    }
  });

  test('a page title without the issuer, followed by the full title: the issuer comes from the second', () => {
    const r = parseDocument('2020年信息公开年报\n某某工业园区2020年政府信息公开工作年度报告\n一、总体情况\n').reports[0];
    assert.equal(r.issuer?.text, '某某工业园区');
    assert.equal(r.kind, 'government');
  });

  test('page chrome above the title is not the issuer', () => {
    const r = parseDocument('无障碍浏览\n兴华乡2010年政府信息公开报告\n').reports[0];
    assert.equal(r.issuer?.text, '兴华乡');
  });

  test('the 管理委员会 of a zone is a government; a 国资委 or 城管委 is a department', () => {
    assert.equal(kindOfIssuer('某某经济技术开发区管理委员会'), 'government');
    assert.equal(kindOfIssuer('某某高新区管委会'), 'government');
    assert.equal(kindOfIssuer('某某工业园区管委会'), 'government');
    assert.equal(kindOfIssuer('某某市人民政府国有资产监督管理委员会'), 'department');
    assert.equal(kindOfIssuer('某某市城市管理委员会'), 'department');
    const r = parseDocument('某某经济开发区管理委员会2023年政府信息公开工作年度报告\n一、总体情况\n我委…\n').reports[0];
    assert.equal(r.issuer?.text, '某某经济开发区管理委员会');
    assert.equal(r.kind, 'government');
  });

  test('a township reporting through its office is a government', () => {
    assert.equal(kindOfIssuer('大涌镇人民政府办公室'), 'government');
    assert.equal(kindOfIssuer('某某街道党政办公室'), 'government');
    assert.equal(kindOfIssuer('某某市人民政府办公室'), 'department');
  });
});

describeShared('corpus/more: the year and kind INDEX.md gives, and the issuer where the text names it', () => {
  // [file, year, kind, issuer as the text names it (undefined: it only says 我局/我省 or names none)]
  const expected: Array<[string, number | number[], 'government' | 'department', string | undefined]> = [
    ['2008_haiyan_hedianyingjiban', 2008, 'department', '海盐县核电事故场外应急办公室'],
    ['2008_pingyang_shuitouzhen', 2008, 'government', '平阳县水头镇'],
    ['2009_hezhou_shizhengfu', 2009, 'government', '贺州市'],
    ['2009_yongchun_linyeju', 2009, 'department', '永春县林业局'],
    ['2009_zhongshan_dachongzhen', 2009, 'government', '大涌镇人民政府办公室'],
    ['2010_guojia_shuiwuzongju', 2010, 'department', '国家税务总局'],
    ['2010_meihekou_xinghuaxiang', 2010, 'government', '兴华乡'],
    ['2011_siping_jiefangjiedao', 2011, 'government', '四平市铁东区人民政府解放街道办事处'],
    ['2012_shayibake_quzhengfu', 2012, 'government', '沙依巴克区人民政府'],
    ['2013_jilin_gonganju', 2013, 'department', undefined],
    ['2013_shuangpai_xianzhengfu', 2013, 'government', '双牌县人民政府'],
    ['2014_hainan_shiyaojianju', 2014, 'department', undefined],
    ['2014_sinan_tingzibazhen', 2014, 'government', '亭子坝镇人民政府'],
    ['2015_yongjia_tongjiju', 2015, 'department', '永嘉县统计局'],
    ['2016_sichuan_shengzhengfu', 2016, 'government', undefined],
    ['2017_wujin_dishuiju', 2017, 'department', '武进地税局'],
    ['2017_xiamen_guoziwei', 2017, 'department', '厦门市人民政府国有资产监督管理委员会'],
    ['2018_jinyun_sanxixiang', 2018, 'government', '三溪乡'],
    ['2018_linyi_suanxiang', 2018, 'government', undefined],
    ['2018_suixi_jianxinzhen', 2018, 'government', '建新镇'],
    ['2019_hetang_guihuajiedao', 2019, 'government', '荷塘区桂花街道办事处'],
    ['2019_lizhou_hexijiedao', 2019, 'government', '河西街道'],
    ['2020_chibi_pufanggongyeyuanqu', 2020, 'government', '蒲纺工业园区'],
    ['2020_xiaogan_shizhengfubangongshi', 2020, 'department', '孝感市人民政府办公室'],
    ['2021_huaiyuan_erzhong', 2021, 'department', '怀远二中'],
    // INDEX: the 2020–21 academic year (a university reports on 1 September–31 August).
    ['2021_hulunbeier_xueyuan', [2020, 2021], 'department', '呼伦贝尔学院'],
    ['2022_jiaxian_xizhen', 2022, 'government', '螅镇'],
    ['2022_lintao_xintianzhen', 2022, 'government', '临洮县新添镇'],
    ['2022_shanghai_shizhengfu', 2022, 'government', '上海市'],
    ['2022_taojiang_songmutangzhen', 2022, 'government', '桃江县松木塘镇人民政府'],
    ['2023_zhanjiang_difangzhiban', 2023, 'department', '湛江市人民政府地方志办公室'],
    ['2024_dafeng_quzhengfu', 2024, 'government', undefined],
    ['2024_lianxi_quzhengfu', 2024, 'government', undefined],
    ['2025_ganzhou_beijiejiedao', 2025, 'government', '北街街道'],
    ['2025_xishan_anzhenjiedao', 2025, 'government', '安镇街道'],
  ];
  const dir = path.join(SHARED, 'corpus', 'more');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'INDEX.md').sort();

  test('every file is listed', () => {
    assert.deepEqual(files, expected.map(([name]) => `${name}_1.md`));
  });

  for (const [name, year, kind, issuer] of expected) {
    test(name, () => {
      const file = `${name}_1.md`;
      const doc = parseDocument(fs.readFileSync(path.join(dir, file), 'utf8'), { fileName: file });
      assert.equal(doc.reports.length, 1);
      const r = doc.reports[0];
      if (Array.isArray(year)) assert.ok(r.year !== undefined && year.includes(r.year), String(r.year));
      else assert.equal(r.year, year);
      assert.equal(r.kind, kind);
      assert.equal(r.issuer?.text, issuer);
    });
  }
});
