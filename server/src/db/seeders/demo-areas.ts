// Cities and districts of the demo data set.
// Real: city codes, names, provinces, district codes and kinds, city populations (census 2020)
// and Lianyungang's 112,000 children under 3 (report of 2023-02-23).
// DEMO DATA: every per-district figure, Jingzhou's children under 3, and the town lists used
// for made-up institution addresses (real place names, made-up uses).
import type { DemoCity, DemoDistrict, DistrictKind } from './demo-data.types.js';

export const JINGZHOU_CODE = '421000';
export const LIANYUNGANG_CODE = '320700';

const CITIES: readonly DemoCity[] = [
  // childrenUnder3 for Jingzhou is not reported: DEMO DATA (about 2.2% of residents).
  { code: JINGZHOU_CODE, name: '荆州市', nameEn: 'Jingzhou', province: '湖北省', population: 5_230_000, childrenUnder3: 115_140 },
  { code: LIANYUNGANG_CODE, name: '连云港市', nameEn: 'Lianyungang', province: '江苏省', population: 4_600_000, childrenUnder3: 112_000 },
];

type DistrictRow = readonly [
  code: string,
  name: string,
  nameEn: string,
  kind: DistrictKind,
  population: number,
  childrenUnder3: number,
  residents60Plus: number,
];

// DEMO DATA: populations, children under 3 and residents aged 60+ per district are made up so
// that they add up to the city figures above.
const JINGZHOU_DISTRICTS: readonly DistrictRow[] = [
  ['421002', '沙市区', 'Shashi District', 'DISTRICT', 650_000, 13_760, 137_200],
  ['421003', '荆州区', 'Jingzhou District', 'DISTRICT', 600_000, 12_540, 129_600],
  ['421022', '公安县', "Gong'an County", 'COUNTY', 760_000, 16_930, 183_900],
  ['421024', '江陵县', 'Jiangling County', 'COUNTY', 270_000, 6_120, 67_200],
  ['421081', '石首市', 'Shishou City', 'COUNTY_CITY', 480_000, 10_280, 117_100],
  ['421083', '洪湖市', 'Honghu City', 'COUNTY_CITY', 720_000, 15_970, 165_300],
  ['421087', '松滋市', 'Songzi City', 'COUNTY_CITY', 650_000, 14_060, 159_900],
  ['421088', '监利市', 'Jianli City', 'COUNTY_CITY', 1_100_000, 25_480, 243_400],
];

const LIANYUNGANG_DISTRICTS: readonly DistrictRow[] = [
  ['320703', '连云区', 'Lianyun District', 'DISTRICT', 260_000, 5_900, 56_100],
  ['320706', '海州区', 'Haizhou District', 'DISTRICT', 1_080_000, 25_100, 217_400],
  ['320707', '赣榆区', 'Ganyu District', 'DISTRICT', 940_000, 23_400, 213_600],
  ['320722', '东海县', 'Donghai County', 'COUNTY', 950_000, 23_600, 224_500],
  ['320723', '灌云县', 'Guanyun County', 'COUNTY', 770_000, 19_200, 178_400],
  ['320724', '灌南县', 'Guannan County', 'COUNTY', 600_000, 14_800, 131_500],
];

/**
 * Towns and sub-districts (镇/街道) per district, for made-up institution names and addresses;
 * every name is one of the district's townships in db/reference/townships.csv, which is where
 * an institution is placed (demo-townships.ts).
 */
export const DISTRICT_TOWNS: Readonly<Record<string, readonly string[]>> = {
  '421002': ['中山街道', '崇文街道', '解放街道', '胜利街道', '朝阳街道', '立新街道', '关沮镇', '锣场镇', '岑河镇', '观音垱镇'],
  '421003': ['西城街道', '东城街道', '城南街道', '郢城镇', '纪南镇', '川店镇', '马山镇', '八岭山镇', '李埠镇', '弥市镇'],
  '421022': ['斗湖堤镇', '埠河镇', '杨家厂镇', '麻豪口镇', '夹竹园镇', '孟家溪镇', '南平镇', '章庄铺镇', '闸口镇'],
  '421024': ['郝穴镇', '熊河镇', '白马寺镇', '沙岗镇', '普济镇', '资市镇', '马家寨乡', '秦市乡'],
  '421081': ['绣林街道', '笔架山街道', '调关镇', '新厂镇', '横沟市镇', '大垸镇', '小河口镇', '东升镇', '高基庙镇', '团山寺镇'],
  '421083': ['新堤街道', '滨湖街道', '峰口镇', '府场镇', '燕窝镇', '新滩镇', '曹市镇', '汊河镇', '黄家口镇', '瞿家湾镇'],
  '421087': ['新江口街道', '乐乡街道', '南海镇', '八宝镇', '涴市镇', '老城镇', '陈店镇', '王家桥镇', '杨林市镇', '街河市镇'],
  '421088': ['容城镇', '朱河镇', '新沟镇', '龚场镇', '周老嘴镇', '黄歇口镇', '汪桥镇', '程集镇', '毛市镇', '上车湾镇'],
  '320703': ['墟沟街道', '连岛街道', '板桥街道', '连云街道', '宿城街道', '高公岛街道', '云山街道'],
  '320706': ['新浦街道', '海州街道', '朐阳街道', '洪门街道', '浦西街道', '新海街道', '路南街道', '幸福路街道', '新东街道', '郁州街道'],
  '320707': ['青口镇', '城头镇', '墩尚镇', '沙河镇', '海头镇', '柘汪镇', '石桥镇', '金山镇', '黑林镇', '厉庄镇'],
  '320722': ['牛山街道', '石榴街道', '白塔埠镇', '黄川镇', '石梁河镇', '青湖镇', '温泉镇', '双店镇', '桃林镇', '安峰镇'],
  '320723': ['伊山镇', '侍庄街道', '杨集镇', '燕尾港镇', '同兴镇', '四队镇', '圩丰镇', '龙苴镇', '下车镇', '图河镇'],
  '320724': ['新安镇', '堆沟港镇', '田楼镇', '北陈集镇', '张店镇', '三口镇', '孟兴庄镇', '汤沟镇', '百禄镇', '新集镇'],
};

function toDistrict(cityCode: string, row: DistrictRow): DemoDistrict {
  const [code, name, nameEn, kind, population, childrenUnder3, residents60Plus] = row;
  return { code, cityCode, name, nameEn, kind, population, childrenUnder3, residents60Plus };
}

export function demoCities(): DemoCity[] {
  return CITIES.map((c) => ({ ...c }));
}

export function demoDistricts(): DemoDistrict[] {
  return [
    ...JINGZHOU_DISTRICTS.map((row) => toDistrict(JINGZHOU_CODE, row)),
    ...LIANYUNGANG_DISTRICTS.map((row) => toDistrict(LIANYUNGANG_CODE, row)),
  ];
}
