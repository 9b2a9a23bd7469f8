/** The one subscription that drives a wall screen, and the ticker's. Their result types are generated from the schema (shared/graphql/generated.ts); types.ts names them for the panels. */
export const WALL_OVERVIEW = /* GraphQL */ `
  subscription WallOverview($code: String!) {
    cityOverview(code: $code) {
      code
      name
      nameEn
      population
      childrenUnder3
      residents60Plus
      slots
      slotsYearAgo
      slotsChange
      enrolled
      institutionCount
      filedInstitutionCount
      inclusiveInstitutionCount
      slotsPer1000
      elderlyCareBeds
      bedsPer1000Elderly
      districts {
        code
        name
        nameEn
        kind
        population
        slots
        enrolled
        institutionCount
        filedInstitutionCount
        inclusiveInstitutionCount
        slotsPer1000
        elderlyCareBeds
        bedsPer1000Elderly
      }
      targets {
        id
        title
        kind
        indicatorKey
        unit
        deadline
        baseline
        targetValue
        currentValue
        progress
        expectedProgress
        onTrack
      }
      indicators {
        key
        nameZh
        nameEn
        category
        unit
        higherIsBetter
        value
        yearAgoValue
        frequency
        period
        live
      }
      lastChangedAt
      generatedAt
    }
  }
`;

export const SLOT_TREND = /* GraphQL */ `
  query SlotTrend($code: String!, $from: LocalDate!, $to: LocalDate!) {
    indicatorSeries(key: "childcare_slots", scopeCode: $code, from: $from, to: $to, granularity: MONTH) {
      period
      value
      live
    }
  }
`;

export const TICKER = /* GraphQL */ `
  subscription Ticker($code: String!) {
    changeFeed(cityCode: $code, backlog: 20) {
      seq
      at
      kind
      op
      title
      districtName
      changes {
        field
        label
        before
        after
      }
      actorRole
    }
  }
`;
