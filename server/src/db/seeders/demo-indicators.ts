// The indicator catalogue: what each figure means (口径), how it is computed and where it comes from.
import type { DemoIndicator } from './demo-data.types.js';

const HEALTH_COMMISSION = '市卫生健康委员会（托育机构备案管理）/ Municipal Health Commission, childcare filing records';
const CIVIL_AFFAIRS = '市民政局（养老服务统计）/ Municipal Civil Affairs Bureau, elderly-care statistics';

const INDICATORS: readonly DemoIndicator[] = [
  {
    key: 'childcare_slots', nameZh: '托位数', nameEn: 'Childcare slots', category: 'YOUNG', unit: '个',
    definition: '辖区内正常运营的托育机构核定托位数之和。Sum of the approved places of all open childcare institutions for children under 3.',
    formula: null, source: HEALTH_COMMISSION, frequency: 'MONTHLY', computation: 'LIVE', higherIsBetter: true,
  },
  {
    key: 'slots_per_1000', nameZh: '每千人口托位数', nameEn: 'Childcare slots per 1,000 residents', category: 'YOUNG', unit: '个/千人',
    definition: '托位数除以常住人口再乘以1000，国家规划指标。Childcare slots per 1,000 resident population, the national planning indicator.',
    formula: 'childcare_slots / population × 1000', source: '由托位数与常住人口计算 / Computed from slots and census population',
    frequency: 'MONTHLY', computation: 'DERIVED', higherIsBetter: true,
  },
  {
    key: 'institutions', nameZh: '托育机构数', nameEn: 'Childcare institutions', category: 'YOUNG', unit: '个',
    definition: '辖区内正常运营的托育机构数量（含未备案机构）。Number of open childcare institutions, filed or not.',
    formula: null, source: HEALTH_COMMISSION, frequency: 'MONTHLY', computation: 'LIVE', higherIsBetter: true,
  },
  {
    key: 'filed_institutions', nameZh: '备案托育机构数', nameEn: 'Filed childcare institutions', category: 'YOUNG', unit: '个',
    definition: '已向卫生健康部门备案且正常运营的托育机构数量。Open institutions filed (备案) with the health commission.',
    formula: null, source: HEALTH_COMMISSION, frequency: 'MONTHLY', computation: 'LIVE', higherIsBetter: true,
  },
  {
    key: 'inclusive_institutions', nameZh: '普惠托育机构数', nameEn: 'Inclusive childcare institutions', category: 'YOUNG', unit: '个',
    definition: '享受政府支持、执行普惠收费标准的正常运营托育机构数量。Open institutions that are publicly subsidised and price-capped (普惠).',
    formula: null, source: HEALTH_COMMISSION, frequency: 'MONTHLY', computation: 'LIVE', higherIsBetter: true,
  },
  {
    key: 'enrolled_children', nameZh: '在托婴幼儿数', nameEn: 'Children enrolled', category: 'YOUNG', unit: '人',
    definition: '正常运营的托育机构实际在托的3岁以下婴幼儿人数。Children under 3 enrolled in open childcare institutions.',
    formula: null, source: HEALTH_COMMISSION, frequency: 'MONTHLY', computation: 'LIVE', higherIsBetter: true,
  },
  {
    key: 'childcare_vouchers', nameZh: '托育消费券发放金额', nameEn: 'Childcare vouchers issued', category: 'YOUNG', unit: '万元',
    definition: '年度内发放的托育消费券面值总额。Face value of childcare consumption vouchers issued in the year.',
    formula: null, source: '市卫生健康委员会、市商务局 / Municipal Health Commission and Commerce Bureau',
    frequency: 'YEARLY', computation: 'STORED', higherIsBetter: true,
  },
  {
    key: 'employer_subsidy_applicants', nameZh: '申请托育社保补贴用人单位数', nameEn: 'Employers applying for childcare social-insurance subsidies',
    category: 'YOUNG', unit: '个',
    definition: '年度内申请托育相关社会保险补贴的用人单位数量。Employers that applied for childcare-related social-insurance subsidies in the year.',
    formula: null, source: '市人力资源和社会保障局 / Municipal Human Resources and Social Security Bureau',
    frequency: 'YEARLY', computation: 'STORED', higherIsBetter: true,
  },
  {
    key: 'under3_tax_deduction', nameZh: '3岁以下婴幼儿照护个税专项附加扣除', nameEn: 'Income-tax special deduction for care of children under 3',
    category: 'YOUNG', unit: '万元',
    definition: '年度内纳税人享受3岁以下婴幼儿照护专项附加扣除减免的个人所得税额。Income tax relieved in the year by the special deduction for caring for children under 3.',
    formula: null, source: '国家税务总局市税务局 / Municipal Tax Service', frequency: 'YEARLY', computation: 'STORED', higherIsBetter: true,
  },
  {
    key: 'elderly_care_beds', nameZh: '养老床位数', nameEn: 'Elderly-care beds', category: 'OLD', unit: '张',
    definition: '养老机构和社区养老服务设施的床位总数，期末数。Beds in care homes and community elderly-care facilities at the end of the period.',
    formula: null, source: CIVIL_AFFAIRS, frequency: 'QUARTERLY', computation: 'STORED', higherIsBetter: true,
  },
  {
    key: 'beds_per_1000_elderly', nameZh: '每千名老年人养老床位数', nameEn: 'Elderly-care beds per 1,000 residents aged 60+', category: 'OLD',
    unit: '张/千人',
    definition: '养老床位数除以60周岁及以上常住人口再乘以1000。Elderly-care beds per 1,000 residents aged 60 or over.',
    formula: 'elderly_care_beds / residents_60_plus × 1000', source: '由养老床位数与老年人口计算 / Computed from beds and residents aged 60+',
    frequency: 'QUARTERLY', computation: 'DERIVED', higherIsBetter: true,
  },
  {
    key: 'community_care_centres', nameZh: '社区居家养老服务中心数', nameEn: 'Community home-care service centres', category: 'OLD', unit: '个',
    definition: '正常运营的社区居家养老服务中心数量，期末数。Community home-care service centres for the elderly in operation at the end of the period.',
    formula: null, source: CIVIL_AFFAIRS, frequency: 'QUARTERLY', computation: 'STORED', higherIsBetter: true,
  },
  {
    key: 'meal_assistance_points', nameZh: '老年助餐点数', nameEn: 'Meal-assistance points for the elderly', category: 'OLD', unit: '个',
    definition: '为老年人提供助餐服务的站点数量（含老年食堂），期末数。Meal-assistance points and canteens for older residents at the end of the period.',
    formula: null, source: CIVIL_AFFAIRS, frequency: 'QUARTERLY', computation: 'STORED', higherIsBetter: true,
  },
];

export function demoIndicators(): DemoIndicator[] {
  return INDICATORS.map((i) => ({ ...i }));
}
