import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Role } from './role.enums.js';

const USERNAME = '登录名为 3 到 50 个字符：小写字母、数字、点、横线、下划线 / username: 3 to 50 of a-z, 0-9, . - _';
const DISPLAY_NAME = '显示名称为 1 到 50 个字 / displayName must be 1 to 50 characters';

@InputType({ description: '新建用户（本市）/ A new user of the admin’s city' })
export class UserInput {
  @Field(() => String, { description: '登录名 / Login name' })
  @Matches(/^[a-z0-9._-]{3,50}$/, { message: USERNAME })
  username!: string;

  @Field(() => String, { description: '显示名称 / Display name' })
  @Length(1, 50, { message: DISPLAY_NAME })
  displayName!: string;

  @Field(() => Role, { description: '角色（不能是 DISPLAY）/ Role (not DISPLAY)' })
  role!: Role;

  @Field(() => String, { description: '初始密码，10 到 128 个字符 / Initial password, 10 to 128 characters' })
  password!: string;

  @Field(() => [String], { defaultValue: [], description: '工作人员可编辑的区县代码 / Districts a STAFF user may edit' })
  @ArrayMaxSize(50)
  districtCodes!: string[];
}

@InputType({ description: '用户的修改，只填要改的字段 / Changes to a user; give only the fields to change' })
export class UserPatch {
  @Field(() => String, { nullable: true, description: '显示名称 / Display name' })
  @IsOptional()
  @Length(1, 50, { message: DISPLAY_NAME })
  displayName?: string | null;

  @Field(() => Role, { nullable: true, description: '角色 / Role' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: '停用或启用 / Disable or enable' })
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: '重设密码 / New password' })
  password?: string | null;

  @Field(() => [String], { nullable: true, description: '可编辑的区县代码 / Districts a STAFF user may edit' })
  @IsOptional()
  @ArrayMaxSize(50)
  districtCodes?: string[] | null;
}
