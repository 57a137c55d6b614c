package org.promisetracker.api.view;

import java.time.LocalDate;

/** Answers the {@link RoundView} of one round, its items' overdue flags as of {@code today}; nothing for an unknown round. */
public record FindRound(String roundId, LocalDate today) {}
