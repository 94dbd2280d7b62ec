-- Reports and exports: the short text a published fact-check names as the claim it reviewed
-- (schema.org ClaimReview.claimReviewed); empty means the claim's quote.

alter table claim_review add column claim_reviewed text;
