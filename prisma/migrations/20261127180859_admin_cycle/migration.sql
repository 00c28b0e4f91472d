-- AlterTable
ALTER TABLE "reporting_year" ADD COLUMN     "city_deadline" TIMESTAMP(3),
ADD COLUMN     "county_deadline" TIMESTAMP(3),
ADD COLUMN     "province_deadline" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "report" ADD COLUMN     "checked_version" INTEGER,
ADD COLUMN     "error_count" INTEGER,
ADD COLUMN     "members_summed_at" TIMESTAMP(3),
ADD COLUMN     "warning_count" INTEGER;

-- CreateTable
CREATE TABLE "reporting_exception" (
    "year" INTEGER NOT NULL,
    "agency_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reporting_exception_pkey" PRIMARY KEY ("year","agency_id")
);

-- AddForeignKey
ALTER TABLE "reporting_exception" ADD CONSTRAINT "reporting_exception_year_fkey" FOREIGN KEY ("year") REFERENCES "reporting_year"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_exception" ADD CONSTRAINT "reporting_exception_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
