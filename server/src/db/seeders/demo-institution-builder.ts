// Turns a per-district plan (how many institutions of which kind, how many slots in all) into
// DEMO DATA institutions: made-up but realistic names, addresses, dates, slots and enrolment.
import { apportion } from './apportion.js';
import type {
  AgeClass,
  DemoDistrict,
  DemoInstitution,
  DemoTownship,
  DemonstrationLevel,
  Ownership,
  PilotLevel,
} from './demo-data.types.js';
import { addDays, daysBetween } from './periods.js';
import { between, chance, intBetween, pick, type Rng, rngFor } from './prng.js';
import { townshipCodeByName } from './demo-townships.js';

export const MIN_SLOTS = 20;
export const MAX_SLOTS = 300;

/** One institution to make up; the builder fills in name, address, dates, slots and enrolment. */
export interface InstitutionSpec {
  ownership: Ownership;
  inclusive: boolean;
  demonstrationLevel: DemonstrationLevel;
  pilotLevel: PilotLevel;
  /** Window for openedOn (ISO dates, both ends included). */
  opened: readonly [string, string];
  /** Latest possible filedOn, or null when the institution is not filed. */
  filedBy: string | null;
  /** Window for closedOn, or null when the institution is open. */
  closed: readonly [string, string] | null;
}

export interface DistrictPlan {
  cityName: string;
  district: DemoDistrict;
  towns: readonly string[];
  /** The city's townships: each made-up institution sits in the one its address names. */
  townships: readonly DemoTownship[];
  /** Institutions given in full (the real, named ones); their slots count towards openSlots. */
  fixed: readonly DemoInstitution[];
  specs: readonly InstitutionSpec[];
  /** Exact sum of slots of the district's open institutions (fixed ones included). */
  openSlots: number;
}

const BRANDS = [
  '童乐', '贝贝乐', '爱心', '小太阳', '金摇篮', '启航', '蒲公英', '七彩虹', '童心', '宝贝家',
  '小橡树', '乐育', '小星星', '育苗', '禾苗', '彩虹桥', '小天使', '博雅', '智慧树', '童趣',
  '向日葵', '悦童', '萌宝', '春苗', '乐童', '心悦', '苗苗', '花蕾', '小海豚', '阳光宝贝',
  '童话屋', '小脚印', '启蒙星', '暖阳', '萌芽', '沐阳', '小橡果', '贝乐思', '亲亲宝贝', '开心果',
];
const PRIVATE_SUFFIXES = ['托育中心', '托育园', '婴幼儿托育中心', '托育服务中心', '婴幼儿照护中心', '托育之家'];
const ROADS = [
  '人民路', '建设路', '解放路', '幸福路', '文化路', '新华路', '育才路', '中山路',
  '青年路', '和平路', '民主路', '光明路', '长江路', '振兴路', '健康路', '友谊路',
];

function nameCandidates(ownership: Ownership, district: string, town: string, used: ReadonlySet<string>): string[] {
  // A brand is used once per district, so names do not look like branches of one chain.
  const brands = BRANDS.filter((b) => ![...used].some((name) => name.startsWith(`${district}${b}`)));
  switch (ownership) {
    case 'PUBLIC':
      return [`${district}妇幼保健院婴幼儿照护中心`, `${district}${town}公办托育中心`, `${district}${town}普惠托育服务中心`];
    case 'KINDERGARTEN':
      return [
        `${district}实验幼儿园托育部`,
        `${district}第二实验幼儿园托班`,
        `${district}${town}中心幼儿园托育部`,
        ...brands.map((b) => `${district}${b}幼儿园托班`),
      ];
    case 'EMPLOYER':
      return [
        `${district}人民医院职工子女托育园`,
        `${district}中医医院职工托育室`,
        `${district}经济开发区职工托育中心`,
        `${district}工业园区职工托育驿站`,
        `${district}${town}产业园职工托育点`,
      ];
    case 'COMMUNITY':
      return [`${district}${town}社区托育服务站`, `${district}${town}嵌入式托育点`, `${district}${town}邻里托育中心`];
    case 'PRIVATE':
      return brands.flatMap((b) => PRIVATE_SUFFIXES.map((s) => `${district}${b}${s}`));
  }
}

/** Public names go in order (the health-hospital centre first); the rest are picked at random. */
function chooseName(rng: Rng, ownership: Ownership, district: string, town: string, used: Set<string>): string {
  const free = nameCandidates(ownership, district, town, used).filter((n) => !used.has(n));
  const name = ownership === 'PUBLIC' ? free[0] : free.length > 0 ? pick(rng, free) : undefined;
  if (name === undefined) throw new RangeError(`no free ${ownership} name left in ${district}`);
  used.add(name);
  return name;
}

function ageClassesFor(rng: Rng, ownership: Ownership): AgeClass[] {
  switch (ownership) {
    case 'PUBLIC':
      return ['INFANT', 'TODDLER', 'PRESCHOOL'];
    case 'KINDERGARTEN':
      return chance(rng, 0.5) ? ['PRESCHOOL'] : ['TODDLER', 'PRESCHOOL'];
    case 'COMMUNITY':
      return ['TODDLER', 'PRESCHOOL'];
    case 'PRIVATE':
    case 'EMPLOYER':
      return chance(rng, 0.5) ? ['INFANT', 'TODDLER', 'PRESCHOOL'] : ['TODDLER', 'PRESCHOOL'];
  }
}

function dateBetween(rng: Rng, from: string, to: string): string {
  return addDays(from, intBetween(rng, 0, Math.max(0, daysBetween(from, to))));
}

/** Splits the open slots over the made-up open institutions, mostly in steps of 5. */
function planSlots(rng: Rng, total: number, count: number, where: string): number[] {
  if (count === 0) {
    if (total !== 0) throw new RangeError(`${where}: ${total} slots left but no institution to hold them`);
    return [];
  }
  const rest = total - MIN_SLOTS * count;
  if (rest < 0) throw new RangeError(`${where}: ${total} slots are too few for ${count} institutions`);
  const weights = Array.from({ length: count }, () => between(rng, 0.6, 2.2));
  const units = apportion(Math.floor(rest / 5), weights);
  const slots = units.map((u, i) => MIN_SLOTS + 5 * u + (i === 0 ? rest % 5 : 0));
  const over = slots.find((s) => s > MAX_SLOTS);
  if (over !== undefined) throw new RangeError(`${where}: plan gives one institution ${over} slots`);
  return slots;
}

export function buildDistrictInstitutions(plan: DistrictPlan): DemoInstitution[] {
  const { district, cityName, towns } = plan;
  const rng = rngFor('institutions', district.code);
  const used = new Set(plan.fixed.map((i) => i.name));
  const fixedOpenSlots = plan.fixed.filter((i) => i.closedOn === null).reduce((sum, i) => sum + i.slots, 0);
  const openCount = plan.specs.filter((s) => s.closed === null).length;
  const openSlots = planSlots(rng, plan.openSlots - fixedOpenSlots, openCount, district.name);

  const made = plan.specs.map((spec): DemoInstitution => {
    const town = pick(rng, towns);
    const name = chooseName(rng, spec.ownership, district.name, town, used);
    const address = `${cityName}${district.name}${town}${pick(rng, ROADS)}${intBetween(rng, 1, 288)}号`;
    const openedTo = spec.filedBy !== null && addDays(spec.filedBy, -30) < spec.opened[1] ? addDays(spec.filedBy, -30) : spec.opened[1];
    const openedOn = dateBetween(rng, spec.opened[0], openedTo);
    const filedOn =
      spec.filedBy === null ? null : dateBetween(rng, addDays(openedOn, 20), minDate(addDays(openedOn, 540), spec.filedBy));
    const closedOn = spec.closed === null ? null : dateBetween(rng, spec.closed[0], spec.closed[1]);
    const slots = closedOn === null ? (openSlots.shift() ?? 0) : 5 * intBetween(rng, 6, 24);
    const enrolled = closedOn === null ? Math.floor(slots * between(rng, 0.5, 0.92)) : 0;
    return {
      name,
      districtCode: district.code,
      townshipCode: townshipCodeByName(plan.townships, district.code, town),
      ownership: spec.ownership,
      inclusive: spec.inclusive,
      filedOn,
      demonstrationLevel: spec.demonstrationLevel,
      pilotLevel: spec.pilotLevel,
      slots,
      enrolled,
      ageClasses: ageClassesFor(rng, spec.ownership),
      address,
      openedOn,
      closedOn,
    };
  });
  return [...plan.fixed.map((i) => ({ ...i, ageClasses: [...i.ageClasses] })), ...made];
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
