-- AlterTable
ALTER TABLE "agency" ADD COLUMN     "abolished_on" DATE,
ADD COLUMN     "established_on" DATE;

-- CreateTable
CREATE TABLE "agency_former_name" (
    "id" TEXT NOT NULL,
    "agency_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "last_year" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agency_former_name_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "agency_former_name_name_idx" ON "agency_former_name"("name");

-- CreateIndex
CREATE UNIQUE INDEX "agency_former_name_agency_id_last_year_key" ON "agency_former_name"("agency_id", "last_year");

-- AddForeignKey
ALTER TABLE "agency_former_name" ADD CONSTRAINT "agency_former_name_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing agencies keep NULL dates: "not recorded", counted in every year exactly as before this
-- migration (the demo seed records the real ones). An agency cannot be abolished before it was set up.
ALTER TABLE "agency" ADD CONSTRAINT "agency_dates_in_order" CHECK ("abolished_on" IS NULL OR "established_on" IS NULL OR "abolished_on" > "established_on");
