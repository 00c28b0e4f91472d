-- CreateTable
CREATE TABLE "published_download" (
    "revision_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "body" BYTEA NOT NULL,
    "etag" TEXT NOT NULL,
    "agency_name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "published_download_pkey" PRIMARY KEY ("revision_id","kind")
);

-- AddForeignKey
ALTER TABLE "published_download" ADD CONSTRAINT "published_download_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "report_revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
