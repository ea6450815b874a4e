-- CreateTable
CREATE TABLE "Setting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "lotName" TEXT NOT NULL DEFAULT 'پارکینگ',
    "capacity" INTEGER NOT NULL DEFAULT 200,
    "pricePerHour" INTEGER NOT NULL DEFAULT 20000,
    "graceMinutes" INTEGER NOT NULL DEFAULT 0,
    "lastResetAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ParkingSession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "plate" TEXT NOT NULL,
    "openPlate" TEXT,
    "entryAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entryImage" TEXT,
    "entryRequestId" TEXT,
    "exitAt" DATETIME,
    "exitImage" TEXT,
    "exitRequestId" TEXT,
    "durationMinutes" INTEGER,
    "cost" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'open',
    "entryActor" TEXT,
    "exitActor" TEXT
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" TEXT,
    "after" TEXT
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
