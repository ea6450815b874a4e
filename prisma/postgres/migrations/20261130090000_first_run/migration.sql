-- First run (issue 11): the first admin is asked for the lot's name and a new password at the first sign-in.
-- Users that already exist have been through setup, so the default is false.
ALTER TABLE "User" ADD COLUMN "firstRunPending" BOOLEAN NOT NULL DEFAULT false;
