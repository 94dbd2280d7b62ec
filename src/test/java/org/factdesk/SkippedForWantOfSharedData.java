package org.factdesk;

import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says at the end of a test run which groups of tests were skipped because {@code ../shared} is missing, and where
 * to put it: a fresh clone's run passes, and this line makes plain what it did not run (see {@link SharedTestData}).
 */
public class SkippedForWantOfSharedData implements TestExecutionListener {

    private final Map<String, Integer> skippedByMissingPath = new TreeMap<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest() && result.getStatus() == TestExecutionResult.Status.ABORTED) {
            result.getThrowable().map(Throwable::getMessage)
                    .filter(m -> m != null && m.startsWith(SharedTestData.SKIP_MESSAGE))
                    .ifPresent(m -> skippedByMissingPath.merge(SharedTestData.missingPathIn(m), 1, Integer::sum));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        skippedByMissingPath.forEach((path, count) -> System.out.println("[shared test data] skipped " + count
                + (count == 1 ? " test" : " tests") + " that need " + path + ": put ../shared beside the project to run them."));
    }
}
