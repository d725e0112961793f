-- Administration: sectors as a managed list, users created by an administrator
-- (must change password, one-time set-password links), cycle participants.

-- Managed sector list; org_unit.sector_tag now references it.
CREATE TABLE "sector" (
    "code" VARCHAR(64) NOT NULL,
    "name_zh" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "sector_pkey" PRIMARY KEY ("code")
);

INSERT INTO "sector" ("code", "name_zh", "name_en") VALUES
    ('data', '数据管理', 'Data administration'),
    ('government-services', '政务服务', 'Government services'),
    ('public-security', '公安', 'Public security'),
    ('health', '卫生健康', 'Health'),
    ('environment', '生态环境', 'Ecology and environment'),
    ('social-security', '人力资源和社会保障', 'Human resources and social security'),
    ('market-regulation', '市场监管', 'Market regulation'),
    ('civil-affairs', '民政', 'Civil affairs'),
    ('transport', '交通运输', 'Transport'),
    ('education', '教育', 'Education'),
    ('agriculture', '农业农村', 'Agriculture and rural affairs'),
    ('emergency', '应急管理', 'Emergency management'),
    ('finance', '财政', 'Finance'),
    ('development-reform', '发展改革', 'Development and reform'),
    ('industry-it', '工业和信息化', 'Industry and information technology'),
    ('natural-resources', '自然资源', 'Natural resources'),
    ('housing', '住房城乡建设', 'Housing and urban-rural development'),
    ('justice', '司法行政', 'Justice'),
    ('culture-tourism', '文化和旅游', 'Culture and tourism'),
    ('commerce', '商务', 'Commerce'),
    ('taxation', '税务', 'Taxation'),
    ('water', '水利', 'Water resources'),
    ('general', '综合', 'General affairs')
ON CONFLICT ("code") DO NOTHING;

-- Existing units may carry tags that are not in the list yet: keep them, named by their code until an administrator renames them.
INSERT INTO "sector" ("code", "name_zh", "name_en")
SELECT DISTINCT "sector_tag", "sector_tag", "sector_tag" FROM "org_unit"
WHERE "sector_tag" IS NOT NULL
ON CONFLICT ("code") DO NOTHING;

ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_sector_tag_fkey" FOREIGN KEY ("sector_tag") REFERENCES "sector"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "org_unit_sector_tag_idx" ON "org_unit"("sector_tag");

-- Users created or reset by an administrator.
ALTER TABLE "app_user" ADD COLUMN "phone_number" VARCHAR(40);
ALTER TABLE "app_user" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "set_password_token" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "set_password_token_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "set_password_token_token_hash_key" ON "set_password_token"("token_hash");
CREATE INDEX "set_password_token_user_id_idx" ON "set_password_token"("user_id");
ALTER TABLE "set_password_token" ADD CONSTRAINT "set_password_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Which departments take part in a cycle.
CREATE TABLE "cycle_participant" (
    "cycle_id" UUID NOT NULL,
    "org_unit_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "cycle_participant_pkey" PRIMARY KEY ("cycle_id", "org_unit_id")
);
CREATE INDEX "cycle_participant_org_unit_id_idx" ON "cycle_participant"("org_unit_id");
ALTER TABLE "cycle_participant" ADD CONSTRAINT "cycle_participant_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "assessment_cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "cycle_participant" ADD CONSTRAINT "cycle_participant_org_unit_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The unit whose administrators manage a cycle.
ALTER TABLE "assessment_cycle" ADD COLUMN "owner_unit_id" UUID;
ALTER TABLE "assessment_cycle" ADD CONSTRAINT "assessment_cycle_owner_unit_id_fkey" FOREIGN KEY ("owner_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
