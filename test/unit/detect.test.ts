import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { looksLikeReport } from '../../server/src/core/detect';
import { SHARED as shared, describeShared, readExamples, sharedTest } from './fixtures';

function filesIn(folder: string, extension: string): string[] {
  const dir = path.join(shared, folder);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension) && name !== 'INDEX.md')
    .map((name) => path.join(dir, name));
}

describeShared('looksLikeReport on real reports', () => {
  const reports = [...filesIn('seeds', '.txt'), ...filesIn('corpus', '.md')];

  it('has fixtures to read', () => {
    assert.ok(reports.length >= 14, `only ${reports.length} fixtures found under ${shared}`);
  });

  for (const file of reports) {
    it(`detects ${path.basename(file)}`, () => {
      assert.equal(looksLikeReport(fs.readFileSync(file, 'utf8')), true);
    });
  }
});

describeShared('looksLikeReport on corpus/more, where 13 of 35 reports have no title line', () => {
  const more = filesIn(path.join('corpus', 'more'), '.md');

  it('has the 35 reports', () => {
    assert.equal(more.length, 35);
  });

  for (const file of more) {
    it(`detects ${path.basename(file)}`, () => {
      const text = fs.readFileSync(file, 'utf8');
      // The names here are pinyin ("2019_hetang_guihuajiedao_1.md"): the text alone must tell.
      assert.equal(looksLikeReport(text), true);
      assert.equal(looksLikeReport(text, path.basename(file)), true);
    });
  }
});

describe('looksLikeReport on reports without a title line', () => {
  it('accepts an opening sentence that cites the 条例 and publishes the report of a year', () => {
    const text =
      '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，现公布本机关2016年度政府信息公开工作年度报告。\n' +
      '2016年，我局认真贯彻落实《条例》，不断深化公开内容。\n';
    assert.equal(looksLikeReport(text), true);
  });

  it('accepts "本报告……编制" with the list of parts, after page chrome', () => {
    const text = [
      '登录 注册',
      '无障碍浏览',
      '本报告根据《中华人民共和国政府信息公开条例》编制。全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、存在的主要问题及改进措施。',
    ].join('\n');
    assert.equal(looksLikeReport(text), true);
  });

  it('accepts a text that starts with 一、概述 when the file name is the title', () => {
    const text = '一、概述\n2016年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。\n二、主动公开政府信息情况\n全年主动公开信息50条。\n';
    assert.equal(looksLikeReport(text, '某县统计局2016年政府信息公开工作年度报告.txt'), true);
    assert.equal(looksLikeReport(text, '/home/user/年报/某县统计局2016年政府信息公开工作年度报告.txt'), true);
    // Two part headings alone are not enough, nor is a file name that is not a report's.
    assert.equal(looksLikeReport(text), false);
    assert.equal(looksLikeReport(text, 'notes.txt'), false);
    assert.equal(looksLikeReport(text, '2016年工作计划.txt'), false);
  });

  it('accepts a title with the typo "2022度"', () => {
    assert.equal(looksLikeReport('某某县2022度政府信息公开工作年度报告\n正文。'), true);
  });

  it('accepts a title "……政府信息公开报告" with its year', () => {
    assert.equal(looksLikeReport('登录 注册\n\n兴华乡2010年政府信息公开报告\n\n发布日期:2011-01-01\n'), true);
  });
});

describe('looksLikeReport on title forms', () => {
  it('detects the example reports', () => {
    for (const [name, text] of readExamples()) assert.equal(looksLikeReport(text), true, name);
  });

  it('joins a title split over two short lines', () => {
    assert.equal(looksLikeReport('道县文广新局2013年度信息公开工作\n年度报告\n一、主动公开政府信息的情况:\n'), true);
  });

  it('ignores a multi-line HTML comment before the title', () => {
    const text = '<!--\nsource: 政府信息公开 年度报告 notes\n-->\n\n# 2024年某某区人民政府政务公开工作年度报告\n';
    assert.equal(looksLikeReport(text), true);
  });

  it('accepts a 第一篇: prefix and full-width spaces', () => {
    assert.equal(looksLikeReport('第一篇：某市环境保护局　2009 年政府信息公开工作年度报告\n正文。'), true);
  });

  it('accepts a title without a year when section headings follow', () => {
    const text = '某某局政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n正文。\n';
    assert.equal(looksLikeReport(text), true);
  });

  it('accepts a year written in Chinese numerals', () => {
    assert.equal(looksLikeReport('某某镇二〇二三年政府信息公开工作年度报告\n'), true);
  });
});

describe('looksLikeReport on other texts', () => {
  it('rejects an ordinary Markdown README', () => {
    const text = [
      '# csv-tools',
      '',
      'A small library for reading and writing CSV files.',
      '',
      '## Install',
      '',
      '```sh',
      'npm install csv-tools',
      '```',
      '',
      '## Usage',
      '',
      '1. Import the parser.',
      '2. Call `parse(text)`.',
    ].join('\n');
    assert.equal(looksLikeReport(text), false);
  });

  it('rejects a text that mentions 政府信息公开 only inside a long paragraph', () => {
    const text = [
      '会议纪要',
      '',
      '本次会议听取了各科室上半年工作汇报，会议指出，要继续做好安全生产、招商引资和政府信息公开等各项工作，' +
        '认真准备年度报告所需材料，按时完成工作总结，确保全年目标任务圆满完成。',
      '',
      '会议要求各科室于月底前报送材料。',
    ].join('\n');
    assert.equal(looksLikeReport(text), false);
  });

  it('rejects a README about the tool itself (no year in the title)', () => {
    assert.equal(looksLikeReport('# 政府信息公开年报检查 (nianbao)\n\n编辑器插件。\n'), false);
  });

  it('rejects a notice about reports', () => {
    const text = '关于做好2023年政府信息公开工作年度报告编制发布工作的通知\n各乡镇人民政府，县政府各部门：\n';
    assert.equal(looksLikeReport(text), false);
  });

  sharedTest('rejects the corpus index, which describes reports but is not one', () => {
    assert.equal(looksLikeReport(fs.readFileSync(path.join(shared, 'corpus', 'INDEX.md'), 'utf8')), false);
  });

  sharedTest('rejects the index of corpus/more, which quotes the reports\' opening sentences', () => {
    const index = path.join(shared, 'corpus', 'more', 'INDEX.md');
    assert.equal(looksLikeReport(fs.readFileSync(index, 'utf8'), 'INDEX.md'), false);
  });

  it('rejects a news article that mentions the 条例 and a published report', () => {
    const text = [
      '我县发布2022年政府信息公开工作年度报告',
      '',
      '本报讯（记者 王某）近日，县政府办公室根据《中华人民共和国政府信息公开条例》规定，在县政府门户网站发布了2022年政府信息公开工作年度报告。',
      '报告显示，全县全年主动公开政府信息3200余条，办理依申请公开56件。',
    ].join('\n');
    assert.equal(looksLikeReport(text), false);
    assert.equal(looksLikeReport(text, '我县发布2022年政府信息公开工作年度报告.txt'), false);
  });

  it('rejects a short note about the report', () => {
    assert.equal(looksLikeReport('提醒：周五前按《条例》要求报送本单位政府信息公开工作年度报告。\n'), false);
    assert.equal(looksLikeReport('待办：本报告的统计表还差表三。\n'), false);
  });

  it('rejects empty text', () => {
    assert.equal(looksLikeReport(''), false);
  });
});

it('a README that quotes report file names in commands and tables is not a report', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'README.md'), 'utf8');
  assert.equal(looksLikeReport(readme), false);
});
