package com.acme.billing.portal;

import java.util.Objects;

/** A merchant-portal login (marketplace sellers downloading their statements). */
public class MerchantAccount {

    private String merchantId;
    private String email;
    private String passwordHash;
    private boolean suspended;

    public MerchantAccount() {
    }

    public MerchantAccount(String merchantId, String email, String passwordHash) {
        this.merchantId = merchantId;
        this.email = email;
        this.passwordHash = passwordHash;
    }

    public String getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(String merchantId) {
        this.merchantId = merchantId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public void setSuspended(boolean suspended) {
        this.suspended = suspended;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MerchantAccount && Objects.equals(merchantId, ((MerchantAccount) o).merchantId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(merchantId);
    }

    @Override
    public String toString() {
        return "MerchantAccount[" + merchantId + ", " + email + (suspended ? ", suspended" : "") + "]";
    }
}
