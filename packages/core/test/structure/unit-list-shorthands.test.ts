import { describe, expect, it } from 'vitest';
import { splitUnitList } from '../../src/extract/units/unit-name.js';

describe('unit lists written in shorthand', () => {
  it('carries a level prefix written once over the departments that follow', () => {
    expect(splitUnitList('县农业农村局、林业局、水务局')).toEqual(['县农业农村局', '县林业局', '县水务局']);
    expect(splitUnitList('旗市场监管局、税务局')).toEqual(['旗市场监管局', '旗税务局']);
  });

  it('leaves names that carry their own place, groups and stations as written', () => {
    expect(splitUnitList('区卫健委、各街道办事处')).toEqual(['区卫健委', '各街道办事处']);
    expect(splitUnitList('县司法局、城南司法所')).toEqual(['县司法局', '城南司法所']);
    expect(splitUnitList('市教育局、市财政局')).toEqual(['市教育局', '市财政局']);
  });

  it('gives the parent body written once to the bare sections after its first section', () => {
    expect(splitUnitList('县卫生健康局疾控股、妇幼股')).toEqual(['县卫生健康局疾控股', '县卫生健康局妇幼股']);
    expect(splitUnitList('市教育局基础教育科、体卫艺科')).toEqual(['市教育局基础教育科', '市教育局体卫艺科']);
  });

  it("gives no level to a higher body's branch named after the place", () => {
    expect(splitUnitList('区住房城乡建设委、规划自然资源委东城分局')).toEqual(['区住房城乡建设委', '规划自然资源委东城分局']);
  });

  it('gives a government noun written once to every bare place before it', () => {
    expect(splitUnitList('东湖区、西山县人民政府')).toEqual(['东湖区人民政府', '西山县人民政府']);
  });

  it('gives it to autonomous prefectures and leagues named bare too', () => {
    expect(splitUnitList('青岭州、白河州人民政府')).toEqual(['青岭州人民政府', '白河州人民政府']);
    expect(splitUnitList('青岭盟、东湖区人民政府')).toEqual(['青岭盟人民政府', '东湖区人民政府']);
  });

  it("separates a group unit run on after a name, but keeps a body's own member units whole", () => {
    expect(splitUnitList('区民政局各街道办事处')).toEqual(['区民政局', '各街道办事处']);
    expect(splitUnitList('县防汛办各成员单位')).toEqual(['县防汛办各成员单位']);
  });

  it('reads the departments of a national ministry (…司) as units', () => {
    expect(splitUnitList('药政司、法规司')).toEqual(['药政司', '法规司']);
  });
});

describe('a local-government suffix written once for a list', () => {
  it('gives 街道办事处 to each bare name before the last', () => {
    expect(splitUnitList('青石、白沙街道办事处')).toEqual(['青石街道办事处', '白沙街道办事处']);
    expect(splitUnitList('东坡街道、西湖街道办事处')).toEqual(['东坡街道办事处', '西湖街道办事处']);
  });

  it('gives 镇人民政府 to each bare name before the last', () => {
    expect(splitUnitList('石门、桥头镇人民政府')).toEqual(['石门镇人民政府', '桥头镇人民政府']);
  });

  it('leaves departments, groups and whole names as written', () => {
    expect(splitUnitList('区民政局、西湖街道办事处')).toEqual(['区民政局', '西湖街道办事处']);
    expect(splitUnitList('各社区、西湖街道办事处')).toEqual(['各社区', '西湖街道办事处']);
    expect(splitUnitList('东坡街道办事处、西湖街道办事处')).toEqual(['东坡街道办事处', '西湖街道办事处']);
  });

  it('does not take a service (…开办) for an office', () => {
    expect(splitUnitList('企业开办')).toBeNull();
  });
});

describe('a station named after its place, listed among units', () => {
  it('keeps it as a unit of the list', () => {
    expect(splitUnitList('市交通局、市客运公司、临江火车站')).toEqual(['市交通局', '市客运公司', '临江火车站']);
  });

  it('does not read bare facilities as a unit list', () => {
    expect(splitUnitList('公交站点、火车站、汽车站')).toBeNull();
    expect(splitUnitList('临江火车站')).toBeNull();
  });
});

describe('an office whose short name ends in 开办', () => {
  it('stays a unit', () => {
    expect(splitUnitList('市政务公开办、市委党校')).toEqual(['市政务公开办', '市委党校']);
  });
});

describe('names that inherit no level prefix', () => {
  it('keeps national bodies and grid companies as written', () => {
    expect(splitUnitList('市发展改革委、国务院国资委')).toEqual(['市发展改革委', '国务院国资委']);
    expect(splitUnitList('市住建局、南方电网某某供电局')).toEqual(['市住建局', '南方电网某某供电局']);
  });
});

describe('units glued together at an autonomous-region level', () => {
  it('separates them', () => {
    expect(splitUnitList('自治区民委自治区教育厅、自治区体育局')).toEqual(['自治区民委', '自治区教育厅', '自治区体育局']);
  });
});

describe('a school named after its place', () => {
  it('is a unit; a kind of school is not', () => {
    expect(splitUnitList('某镇中心学校')).toEqual(['某镇中心学校']);
    expect(splitUnitList('无烟学校')).toBeNull();
  });
});
