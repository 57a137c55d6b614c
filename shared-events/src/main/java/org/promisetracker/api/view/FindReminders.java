package org.promisetracker.api.view;

/** Answers the {@link ReminderList} of a round's reminders in the order they were recorded; null for an unknown round. */
public record FindReminders(String roundId) {}
