-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Setting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "lotName" TEXT NOT NULL DEFAULT 'پارکینگ',
    "capacity" INTEGER NOT NULL DEFAULT 200,
    "pricePerHour" INTEGER NOT NULL DEFAULT 20000,
    "graceMinutes" INTEGER NOT NULL DEFAULT 0,
    "lastResetAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParkingSession" (
    "id" SERIAL NOT NULL,
    "plate" TEXT NOT NULL,
    "openPlate" TEXT,
    "entryAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entryImage" TEXT,
    "entryRequestId" TEXT,
    "exitAt" TIMESTAMP(3),
    "exitImage" TEXT,
    "exitRequestId" TEXT,
    "durationMinutes" INTEGER,
    "cost" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'open',
    "entryActor" TEXT,
    "exitActor" TEXT,

    CONSTRAINT "ParkingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ParkingSession_openPlate_key" ON "ParkingSession"("openPlate");

-- CreateIndex
CREATE UNIQUE INDEX "ParkingSession_entryRequestId_key" ON "ParkingSession"("entryRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "ParkingSession_exitRequestId_key" ON "ParkingSession"("exitRequestId");

-- CreateIndex
CREATE INDEX "ParkingSession_plate_idx" ON "ParkingSession"("plate");

-- CreateIndex
CREATE INDEX "ParkingSession_entryAt_idx" ON "ParkingSession"("entryAt");

-- CreateIndex
CREATE INDEX "ParkingSession_exitAt_idx" ON "ParkingSession"("exitAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");


-- The single settings row (defaults of the original system: capacity 200, 20,000 Toman/hour)
INSERT INTO "Setting" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP);
