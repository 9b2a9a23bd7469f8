// DEMO DATA: sign-in accounts that exist only with the demo data set, one per role, listed
// in the README. A real deployment creates its first admin with `pnpm create-admin`.
import type { Role } from '../../auth/role.enums.js';

export const DEMO_PASSWORD = 'careboard-demo-2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: `${Role}`;
  cityCode: string | null;
  districtCodes: string[];
}

export const demoAccounts: DemoAccount[] = [
  { username: 'admin.jz', displayName: '荆州市卫健委管理员', role: 'CITY_ADMIN', cityCode: '421000', districtCodes: [] },
  { username: 'leader.jz', displayName: '荆州市领导', role: 'LEADER', cityCode: '421000', districtCodes: [] },
  { username: 'staff.shashi', displayName: '沙市区卫健局工作人员', role: 'STAFF', cityCode: '421000', districtCodes: ['421002'] },
  { username: 'staff.jingzhou', displayName: '荆州区卫健局工作人员', role: 'STAFF', cityCode: '421000', districtCodes: ['421003'] },
  { username: 'analyst', displayName: '数据分析员', role: 'ANALYST', cityCode: null, districtCodes: [] },
  { username: 'admin.lyg', displayName: '连云港市卫健委管理员', role: 'CITY_ADMIN', cityCode: '320700', districtCodes: [] },
  { username: 'leader.lyg', displayName: '连云港市领导', role: 'LEADER', cityCode: '320700', districtCodes: [] },
  { username: 'staff.haizhou', displayName: '海州区卫健局工作人员', role: 'STAFF', cityCode: '320700', districtCodes: ['320706'] },
];
