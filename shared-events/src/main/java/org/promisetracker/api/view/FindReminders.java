package org.promisetracker.api.view;

/** Answers the {@link ReminderList} of a round's reminders, latest first; null for an unknown round. */
public record FindReminders(String roundId) {}
