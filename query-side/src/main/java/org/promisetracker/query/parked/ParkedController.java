package org.promisetracker.query.parked;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: the plan projection's parked events, and a retry of them all (API.md's admin calls). */
@RestController
// negotiated before the handler runs: a refused Accept is a 406 problem, not a half-done retry
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class ParkedController {

    record ParkedList(int items, int events, List<ParkedEvents.Parked> parked) {
        static ParkedList of(List<ParkedEvents.Parked> parked) {
            return new ParkedList(
                    parked.size(),
                    parked.stream().mapToInt(each -> each.item().events()).sum(),
                    parked);
        }
    }

    private final ParkedEvents parked;
    private final ParkedRetry retry;

    ParkedController(ParkedEvents parked, ParkedRetry retry) {
        this.parked = parked;
        this.retry = retry;
    }

    @GetMapping("/api/v1/admin/parked")
    ParkedList list() {
        return ParkedList.of(parked.all());
    }

    @PostMapping("/api/v1/admin/parked/retry")
    ParkedRetry.Outcome retry() {
        return retry.retryAll();
    }
}
