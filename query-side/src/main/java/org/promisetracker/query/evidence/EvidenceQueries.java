package org.promisetracker.query.evidence;

import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.view.Evidence;
import org.promisetracker.api.view.FindEvidence;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.promisetracker.query.replay.ReportReplay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A plan's tamper-evident chain, walked for an auditor. */
@Component
class EvidenceQueries {

    private final ChainWalk chain;
    private final ReportReplay log;
    private final ReadSchemas schemas;
    private final JdbcClient jdbc;

    EvidenceQueries(ChainWalk chain, ReportReplay log, ReadSchemas schemas, JdbcClient jdbc) {
        this.chain = chain;
        this.log = log;
        this.schemas = schemas;
        this.jdbc = jdbc;
    }

    @QueryHandler
    Evidence handle(FindEvidence query) {
        boolean known = jdbc.sql("SELECT count(*) FROM " + schemas.live() + ".plan WHERE plan_id = ?")
                        .param(query.planId())
                        .query(Long.class)
                        .single()
                > 0;
        if (!known) {
            return null;
        }
        // the chain is written by the append to this database's event table; Axon Server keeps its own log
        if (!log.logInThisDatabase()) {
            return new Evidence(query.planId(), false, 0, null, false, null);
        }
        return chain.whole(query.planId());
    }
}
