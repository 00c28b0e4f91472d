-- CreateTable
CREATE TABLE "review_comment_reply" (
    "id" TEXT NOT NULL,
    "comment_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_comment_reply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "review_comment_reply_comment_id_created_at_idx" ON "review_comment_reply"("comment_id", "created_at");

-- AddForeignKey
ALTER TABLE "review_comment_reply" ADD CONSTRAINT "review_comment_reply_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "review_comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comment_reply" ADD CONSTRAINT "review_comment_reply_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
