package org.masthead.accounts;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request comes from, for counting: its network address as the server sees it (through the
 * proxies the operator trusts, and only those). An IPv6 client usually holds a whole /64 and can
 * change address within it at will, so it is counted by that prefix.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        }
        catch (java.net.UnknownHostException notAnAddress) {
            return address;
        }
    }
}
