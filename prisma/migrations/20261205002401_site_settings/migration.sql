-- CreateTable
CREATE TABLE "site_setting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "sponsor" TEXT NOT NULL DEFAULT '',
    "operator" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "site_code" TEXT NOT NULL DEFAULT '',
    "icp_record" TEXT NOT NULL DEFAULT '',
    "police_record" TEXT NOT NULL DEFAULT '',
    "emblem" BYTEA,
    "emblem_type" TEXT,
    "demo_data" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "site_setting_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "site_setting" ADD CONSTRAINT "site_setting_single_row" CHECK ("id" = 1);
