package com.acme.common.model;

import java.util.Objects;

/**
 * Postal address as captured at checkout. Mutable because the legacy form binding
 * in the storefront still relies on setters.
 */
public class Address {

    private String line1;
    private String line2;
    private String postalCode;
    private String city;
    private String countryCode;

    public Address() {
    }

    public Address(String line1, String line2, String postalCode, String city, String countryCode) {
        this.line1 = line1;
        this.line2 = line2;
        this.postalCode = postalCode;
        this.city = city;
        this.countryCode = countryCode;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Address)) {
            return false;
        }
        Address other = (Address) o;
        return Objects.equals(line1, other.line1)
                && Objects.equals(line2, other.line2)
                && Objects.equals(postalCode, other.postalCode)
                && Objects.equals(city, other.city)
                && Objects.equals(countryCode, other.countryCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line1, line2, postalCode, city, countryCode);
    }

    @Override
    public String toString() {
        return "Address{" + line1 + ", " + (line2 == null ? "" : line2 + ", ")
                + postalCode + " " + city + ", " + countryCode + "}";
    }
}
